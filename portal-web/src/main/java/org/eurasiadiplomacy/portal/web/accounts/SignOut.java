package org.eurasiadiplomacy.portal.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.eurasiadiplomacy.portal.web.security.SignedInSession;

/** The account menu's sign-out button: a POST (a link would let any page sign a user out), which ends the session. */
@Named
@RequestScoped
public class SignOut {

    @Inject
    FacesContext faces;

    public void signOut() throws IOException {
        ExternalContext external = faces.getExternalContext();
        SignedInSession.end((HttpServletRequest) external.getRequest());
        external.redirect(external.getRequestContextPath() + "/");
    }
}
