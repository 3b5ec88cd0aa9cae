package org.eurasiadiplomacy.portal.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Map;

/**
 * PBKDF2 at OWASP ASVS 5.0 strength through the platform's {@link Pbkdf2PasswordHash}: HMAC-SHA256,
 * 600,000 iterations (the API's default of 2,048 is far too weak), a 32-byte salt and a 32-byte key. The
 * stored form names the algorithm and iteration count, so stronger settings later still verify old hashes.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    public static final int ITERATIONS = 600_000;
    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
            "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A hash of a random password with the same settings: unknown users cost the same time as known ones. */
    private String dummyHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PARAMETERS);
        dummyHash = pbkdf2.generate(OneTimePassword.generate(new SecureRandom()).toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    /** False also for a hash this class cannot read, rather than an error at sign-in. */
    public boolean verify(String password, String hash) {
        try {
            return pbkdf2.verify(password.toCharArray(), hash);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** Does the work of {@link #verify} for a user that does not exist; the answer is always no. */
    public void verifyAgainstDummy(String password) {
        pbkdf2.verify(password.toCharArray(), dummyHash);
    }
}
