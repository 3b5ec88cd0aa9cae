package org.eurasiadiplomacy.portal.securitylog;

import jakarta.enterprise.context.RequestScoped;

/**
 * The client address of the current request, for the security log. The web layer sets it on the requests that
 * can change accounts; this module knows no HTTP.
 */
@RequestScoped
public class RequestOrigin {

    private String address;

    public void set(String address) {
        this.address = address;
    }

    /** The address, or null when the web layer gave none. */
    public String address() {
        return address;
    }
}
