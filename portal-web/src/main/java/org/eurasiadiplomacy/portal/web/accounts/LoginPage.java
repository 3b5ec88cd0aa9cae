package org.eurasiadiplomacy.portal.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;

/**
 * Backs /login.xhtml. Hands the typed name and password to Jakarta Security; every failure (unknown user,
 * wrong password, disabled account, throttled) shows the same message. After success the session id is new,
 * so an id planted before sign-in is worth nothing, and the person lands on their dashboard (a must-change
 * account is then held on the password page by the account gate).
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    private String username;
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String sessionBefore = sessionId(request);
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters
                .withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(Objects.requireNonNullElse(username, ""),
                        new Password(Objects.requireNonNullElse(password, "")))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            renewSessionId(request, sessionBefore);
            String home = request.isUserInRole("ADMIN") ? "/admin/index.xhtml" : "/staff/index.xhtml";
            external.redirect(external.getRequestContextPath() + home);
        } else {
            Messages.error(faces, "login.failed");
        }
    }

    /** The container renews the id when it registers the caller; this makes sure of it. */
    private static void renewSessionId(HttpServletRequest request, String before) {
        if (before != null && before.equals(sessionId(request))) {
            request.changeSessionId();
        }
    }

    private static String sessionId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getId();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
