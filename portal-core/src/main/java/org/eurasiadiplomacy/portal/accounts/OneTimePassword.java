package org.eurasiadiplomacy.portal.accounts;

import java.security.SecureRandom;

/**
 * Passwords the portal makes up: the first administrator's when none is configured, and the temporary ones
 * an administrator hands out. 24 characters from 57 that cannot be mistaken for one another when read aloud
 * or copied from a console (no 0/O, 1/l/I): about 140 bits of entropy.
 */
public final class OneTimePassword {

    public static final int LENGTH = 24;
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

    private OneTimePassword() {
    }

    public static String generate(SecureRandom random) {
        char[] password = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            password[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(password);
    }
}
