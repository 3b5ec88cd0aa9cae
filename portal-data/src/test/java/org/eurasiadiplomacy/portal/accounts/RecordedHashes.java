package org.eurasiadiplomacy.portal.accounts;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@link Pbkdf2PasswordHash} that writes down the work of every check it runs: the algorithm and iteration
 * count of the hash a password was checked against ("PBKDF2WithHmacSHA256:600000"). Equal work, not equal
 * measured time, is what keeps an unknown user from being told apart (wall-clock timings belong in bench/).
 */
final class RecordedHashes implements Pbkdf2PasswordHash {

    private final Pbkdf2PasswordHash real;
    private final List<String> checks = new ArrayList<>();

    RecordedHashes(Pbkdf2PasswordHash real) {
        this.real = real;
    }

    @Override
    public void initialize(Map<String, String> parameters) {
        real.initialize(parameters);
    }

    @Override
    public String generate(char[] password) {
        return real.generate(password);
    }

    @Override
    public synchronized boolean verify(char[] password, String hashedPassword) {
        String[] parts = hashedPassword.split(":");
        checks.add(parts.length < 2 ? "unreadable" : parts[0] + ":" + parts[1]);
        return real.verify(password, hashedPassword);
    }

    /** The checks run since the last call, in order; forgets them. */
    synchronized List<String> takeChecks() {
        List<String> taken = List.copyOf(checks);
        checks.clear();
        return taken;
    }
}
