package io.github.bpsconnector.testkit.romantik;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable ids for sessions, CSRF tokens, session codes and authorization codes. */
final class SecureIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecureIds() {
    }

    /** {@code bytes} random bytes, base64url without padding. */
    static String next(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }
}
