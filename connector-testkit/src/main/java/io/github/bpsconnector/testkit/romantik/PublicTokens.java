package io.github.bpsconnector.testkit.romantik;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Opaque tokens of the public {@code /rekomendasi-terbit/{token}} pages. Shaped like the live ones (base64 of a
 * base64 string of 16 bytes) but random, so they cannot be decoded or guessed; URL-safe alphabet.
 */
final class PublicTokens {

    private final SecureRandom random = new SecureRandom();

    String next() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String inner = Base64.getEncoder().encodeToString(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(inner.getBytes(StandardCharsets.US_ASCII));
    }
}
