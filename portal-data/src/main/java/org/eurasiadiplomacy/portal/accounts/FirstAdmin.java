package org.eurasiadiplomacy.portal.accounts;

import java.util.Optional;

/**
 * The administrator the first start created. {@code oneTimePassword} is present when no usable password was
 * configured: it is shown once and must be changed at the first sign-in. {@code configuredPasswordRejected} is
 * true when a configured password broke the policy and a one-time password was generated instead.
 */
public record FirstAdmin(String username, Optional<String> oneTimePassword, boolean configuredPasswordRejected) {

    @Override
    public String toString() {
        return "FirstAdmin[" + username + (oneTimePassword.isPresent() ? ", one-time password" : "") + "]";
    }
}
