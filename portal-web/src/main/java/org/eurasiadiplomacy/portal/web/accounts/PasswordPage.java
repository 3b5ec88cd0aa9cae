package org.eurasiadiplomacy.portal.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import org.eurasiadiplomacy.portal.accounts.AccountRefused;
import org.eurasiadiplomacy.portal.accounts.Accounts;
import org.eurasiadiplomacy.portal.accounts.PasswordPolicy;
import org.eurasiadiplomacy.portal.accounts.Standing;
import org.eurasiadiplomacy.portal.web.security.SignedInSession;

/**
 * Backs /staff/password.xhtml: the signed-in person changes their own password (the service takes the name
 * from the security context). Their other sessions end; this one continues under a new session id.
 */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    Accounts accounts;

    @Inject
    FacesContext faces;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public void change() throws IOException {
        try {
            if (newPassword == null || !newPassword.equals(repeatedPassword)) {
                Messages.error(faces, "password.mismatch");
                return;
            }
            int epoch = accounts.changeOwnPassword(currentPassword, newPassword);
            ExternalContext external = faces.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            SignedInSession.renew(request, epoch);
            request.changeSessionId();
            external.redirect(external.getRequestContextPath() + "/staff/index.xhtml?passwordChanged=true");
        } catch (AccountRefused refused) {
            Messages.refused(faces, refused);
        } finally {
            currentPassword = null;
            newPassword = null;
            repeatedPassword = null;
        }
    }

    /** True while the account still has a one-time or temporary password: the page is then the only one open. */
    public boolean isRequired() {
        Principal caller = faces.getExternalContext().getUserPrincipal();
        return caller != null && accounts.standing(caller.getName()).map(Standing::mustChangePassword).orElse(false);
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public int getMaxLength() {
        return PasswordPolicy.MAX_LENGTH;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
