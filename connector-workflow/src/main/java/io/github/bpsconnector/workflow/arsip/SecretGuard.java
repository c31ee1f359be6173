package io.github.bpsconnector.workflow.arsip;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps secrets out of the arsip: refuses record fields whose names say they hold one (password, token, cookie,
 * CSRF, session, ...) and sources that could carry one (a query string, a fragment, user info in a URL).
 */
final class SecretGuard {

    static final int MAX_SOURCE_LENGTH = 300;

    private static final List<String> SECRET_WORDS = List.of("password", "passwd", "secret", "token", "cookie",
            "csrf", "xsrf", "authorization", "session", "apikey", "credential");

    private SecretGuard() {
    }

    /**
     * @throws IllegalArgumentException if {@code source} is blank, too long, has control characters, a query
     *                                  string, a fragment or user info
     */
    static void checkSource(String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source: say where the document came from");
        }
        if (source.length() > MAX_SOURCE_LENGTH || source.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("source: at most " + MAX_SOURCE_LENGTH
                    + " characters and no control characters");
        }
        if (source.indexOf('?') >= 0 || source.indexOf('#') >= 0) {
            throw new IllegalArgumentException("source: no query string or fragment, they may carry secrets");
        }
        if (source.contains("://")) {
            try {
                if (new URI(source).getRawUserInfo() != null) {
                    throw new IllegalArgumentException("source: no user info in a URL");
                }
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("source: not a valid URL", e);
            }
        }
    }

    /**
     * @throws IllegalArgumentException naming the first field, at any depth, whose name looks like a secret
     */
    static void checkFields(JsonNode node, String path) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (looksSecret(field.getKey())) {
                    throw new IllegalArgumentException("field '" + fieldPath + "' looks like a secret; the arsip "
                            + "never stores secrets");
                }
                checkFields(field.getValue(), fieldPath);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkFields(node.get(i), path + "[" + i + "]");
            }
        }
    }

    private static boolean looksSecret(String name) {
        String compact = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return SECRET_WORDS.stream().anyMatch(compact::contains);
    }
}
