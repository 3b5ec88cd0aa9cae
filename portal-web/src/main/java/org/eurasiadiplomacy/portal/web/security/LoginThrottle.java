package org.eurasiadiplomacy.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import org.eurasiadiplomacy.portal.accounts.SignInThrottle;

/**
 * The identity store's view of the sign-in throttle, whose counts live in the database ({@link SignInThrottle}),
 * shared by every instance of a cluster. It fails closed: when the count cannot be read the sign-in fails with
 * the database's error page rather than being let through unchecked.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    SignInThrottle throttle;

    /** May this user name be tried from this address now? */
    public boolean allows(String username, String address) {
        return throttle.allows(username, address);
    }

    public void failed(String username, String address) {
        try {
            throttle.failed(username, address);
        } catch (PersistenceException | TransactionalException collided) {
            // two first failures of one key at once, on two threads or instances: the row exists now
            throttle.failed(username, address);
        }
    }

    public void succeeded(String username) {
        throttle.succeeded(username);
    }
}
