package org.eurasiadiplomacy.portal.web.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.PrintStream;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eurasiadiplomacy.portal.accounts.Accounts;
import org.eurasiadiplomacy.portal.accounts.FirstAdmin;

/**
 * At each start: when the database has no account, creates the administrator "admin". Its password is
 * {@code portal.admin.password} (MicroProfile Config, so also the environment variable PORTAL_ADMIN_PASSWORD);
 * without one, a one-time password is generated, printed once to standard output and must be changed at the
 * first sign-in. No password ships with the portal.
 */
@ApplicationScoped
public class FirstAdminBootstrap {

    private static final Logger LOG = Logger.getLogger(FirstAdminBootstrap.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "portal.admin.password")
    Optional<String> configuredPassword;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            accounts.createFirstAdmin(configuredPassword.filter(p -> !p.isBlank())).ifPresent(this::announce);
        } catch (RuntimeException e) {
            // two instances starting on one empty database: the other one created it
            LOG.log(Level.WARNING, "Could not create the first administrator; another instance may have", e);
        }
    }

    private void announce(FirstAdmin admin) {
        if (admin.configuredPasswordRejected()) {
            LOG.warning("portal.admin.password (PORTAL_ADMIN_PASSWORD) breaks the password policy (at least 12"
                    + " characters, not the user name); a one-time password was generated instead");
        }
        if (admin.oneTimePassword().isPresent()) {
            print(System.out, admin.username(), admin.oneTimePassword().get());
        } else {
            LOG.info(() -> "Created the administrator '" + admin.username()
                    + "' with the configured password (portal.admin.password / PORTAL_ADMIN_PASSWORD)");
        }
    }

    /** The one time the password is shown: on the console, between lines that are hard to miss. */
    static void print(PrintStream out, String username, String password) {
        String rule = "=".repeat(78);
        out.println(rule);
        out.println("PORTAL FIRST ADMINISTRATOR: ONE-TIME PASSWORD (shown once, not stored)");
        out.println("  user name: " + username);
        out.println("  password:  " + password);
        out.println("Sign in at /login.xhtml; the portal then asks for a new password.");
        out.println("To choose the first password yourself, set PORTAL_ADMIN_PASSWORD before the first start.");
        out.println(rule);
        out.flush();
    }
}
