package io.github.bpsconnector.core.journal;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a state-changing operation is about to do, written to the {@link Journal} before it runs.
 *
 * @param operation  the client operation, e.g. {@code "romantik.pengajuan.kirim"}
 * @param portal     the portal, e.g. {@code "romantik"}
 * @param naturalKey what identifies the effect on the portal, to look for it after a crash (check-then-act), e.g.
 *                   {@code "Survei Kepuasan Masyarakat|2026|Dinas Kesehatan"}; see {@link #naturalKey(String...)}
 * @param attributes further non-secret facts, e.g. the local file name; keys that name a secret (password, token,
 *                   cookie, csrf, session, ...) are refused
 */
public record Intent(String operation, String portal, String naturalKey, Map<String, String> attributes) {

    /**
     * @throws IllegalArgumentException if a field is blank or an attribute key names a secret
     */
    public Intent {
        requireText(operation, "operation");
        requireText(portal, "portal");
        requireText(naturalKey, "naturalKey");
        Objects.requireNonNull(attributes, "attributes");
        SecretNames.requireNone(attributes, "attribute");
        attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    /** An intent without attributes. */
    public static Intent of(String operation, String portal, String naturalKey) {
        return new Intent(operation, portal, naturalKey, Map.of());
    }

    /**
     * This intent with one more attribute.
     *
     * @throws IllegalArgumentException if {@code key} names a secret
     */
    public Intent withAttribute(String key, String value) {
        Map<String, String> more = new TreeMap<>(attributes);
        more.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return new Intent(operation, portal, naturalKey, more);
    }

    /**
     * Joins the parts of a natural key with {@code |}, escaping {@code \} and {@code |} inside a part so that
     * different parts never give the same key: {@code naturalKey("Survei A", "2026", "Dinkes")} is
     * {@code "Survei A|2026|Dinkes"}.
     */
    public static String naturalKey(String... parts) {
        return Stream.of(parts)
                .map(part -> part.replace("\\", "\\\\").replace("|", "\\|"))
                .collect(Collectors.joining("|"));
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is blank");
        }
    }
}
