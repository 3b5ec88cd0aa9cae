package org.eurasiadiplomacy.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eurasiadiplomacy.portal.accounts.Account;
import org.eurasiadiplomacy.portal.accounts.Accounts;
import org.eurasiadiplomacy.portal.accounts.SignIn;
import org.eurasiadiplomacy.portal.securitylog.SecurityLog;

/**
 * The portal's accounts as Jakarta Security's identity store. A try the throttle refuses, an unknown user, a
 * disabled account and a wrong password all end in the same INVALID result; the service makes the last three
 * cost the same PBKDF2 work. On success the session remembers the account's epoch (see {@link AccountGate}).
 * Each outcome goes to the security log, with the client's address.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Inject
    LoginThrottle throttle;

    @Inject
    HttpServletRequest request;

    @Inject
    SecurityLog log;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = Account.normalize(credential.getCaller());
        String address = request.getRemoteAddr();
        if (!throttle.allows(username, address)) {
            log.signInThrottled(username, address);
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<SignIn> signIn = accounts.authenticate(username, credential.getPasswordAsString());
        if (signIn.isEmpty()) {
            throttle.failed(username, address);
            log.signInFailed(username, address);
            return CredentialValidationResult.INVALID_RESULT;
        }
        throttle.succeeded(username);
        log.signedIn(signIn.get().username(), address);
        SignedInSession.remember(request, signIn.get().username(), signIn.get().groups(), signIn.get().sessionEpoch());
        return new CredentialValidationResult(signIn.get().username(), signIn.get().groups());
    }
}
