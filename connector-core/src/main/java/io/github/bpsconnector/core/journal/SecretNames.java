package io.github.bpsconnector.core.journal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses keys whose names say they hold a secret, so that no password, token, cookie or CSRF value is ever
 * written to a journal. Names are compared without case and without separators, so {@code X-CSRF-Token},
 * {@code csrf_token} and {@code csrfToken} are all refused.
 */
final class SecretNames {

    private static final List<String> DENIED = List.of(
            "password", "passwd", "pwd", "passphrase", "secret", "token", "cookie", "csrf", "xsrf", "session",
            "authorization", "apikey", "credential", "privatekey");

    private SecretNames() {
    }

    /** Whether {@code key} names a secret. */
    static boolean isSecret(String key) {
        String normalized = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return DENIED.stream().anyMatch(normalized::contains);
    }

    /**
     * @param what what the map holds, for the message (e.g. {@code "attribute"})
     * @throws IllegalArgumentException naming the first key that names a secret (never its value)
     */
    static void requireNone(Map<String, String> map, String what) {
        for (String key : map.keySet()) {
            if (isSecret(key)) {
                throw new IllegalArgumentException(what + " '" + key
                        + "' looks like a secret (password, token, cookie, csrf, session...) and is never journaled");
            }
        }
    }
}
