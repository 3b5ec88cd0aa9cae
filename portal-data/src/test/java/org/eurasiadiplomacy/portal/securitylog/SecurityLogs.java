package org.eurasiadiplomacy.portal.securitylog;

import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.SecurityContext;

/** The security log on a test's EntityManager, for the services that write to it, as if from {@code address}. */
public final class SecurityLogs {

    private SecurityLogs() {
    }

    public static SecurityLog on(EntityManager em, SecurityContext caller, String address) {
        SecurityLog log = new SecurityLog();
        log.em = em;
        log.security = caller;
        log.origin = new RequestOrigin();
        log.origin.set(address);
        return log;
    }
}
