package org.eurasiadiplomacy.portal.accounts;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Outside the container there is no Jakarta Security implementation; this stands in for the server's
 * {@code Pbkdf2PasswordHash} with the JDK's PBKDF2 and the same parameters and stored form
 * ("algorithm:iterations:salt:hash", Base64), so the tests run the real cost.
 */
final class JdkPbkdf2PasswordHash implements Pbkdf2PasswordHash {

    private final SecureRandom random = new SecureRandom();
    private String algorithm = "PBKDF2WithHmacSHA256";
    private int iterations = 2048;
    private int saltBytes = 32;
    private int keyBytes = 32;

    @Override
    public void initialize(Map<String, String> parameters) {
        algorithm = parameters.getOrDefault("Pbkdf2PasswordHash.Algorithm", algorithm);
        iterations = Integer.parseInt(parameters.getOrDefault("Pbkdf2PasswordHash.Iterations", "" + iterations));
        saltBytes = Integer.parseInt(parameters.getOrDefault("Pbkdf2PasswordHash.SaltSizeBytes", "" + saltBytes));
        keyBytes = Integer.parseInt(parameters.getOrDefault("Pbkdf2PasswordHash.KeySizeBytes", "" + keyBytes));
    }

    @Override
    public String generate(char[] password) {
        byte[] salt = new byte[saltBytes];
        random.nextBytes(salt);
        byte[] hash = derive(algorithm, password, salt, iterations, keyBytes);
        return algorithm + ":" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(hash);
    }

    @Override
    public boolean verify(char[] password, String hashedPassword) {
        String[] parts = hashedPassword.split(":");
        if (parts.length != 4) {
            throw new IllegalArgumentException("Bad hash encoding");
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = derive(parts[0], password, salt, Integer.parseInt(parts[1]), expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(String algorithm, char[] password, byte[] salt, int iterations, int keyBytes) {
        try {
            return SecretKeyFactory.getInstance(algorithm)
                    .generateSecret(new PBEKeySpec(password, salt, iterations, keyBytes * 8)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
