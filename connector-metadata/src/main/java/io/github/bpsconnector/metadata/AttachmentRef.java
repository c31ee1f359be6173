package io.github.bpsconnector.metadata;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A reference from a {@link MetadataPackage} to a document kept beside it (KAK, kuesioner, surat permohonan, ...).
 * The package holds the reference, not the bytes. Immutable.
 *
 * @param kind        what the document is; required
 * @param path        where it is: a path with {@code /} separators, relative to the directory of the package's
 *                    JSON file, or absolute; required and not blank
 * @param description a short description for people, or {@code null}
 * @param sha256      the SHA-256 of the file as 64 lower-case hex digits, or {@code null} when not recorded
 */
public record AttachmentRef(AttachmentKind kind, String path, String description, String sha256) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * Checks the structure and normalises the digest to lower case.
     *
     * @throws NullPointerException     when {@code kind} or {@code path} is {@code null}
     * @throws IllegalArgumentException when {@code path} is blank or {@code sha256} is not 64 hex digits
     */
    public AttachmentRef {
        Objects.requireNonNull(kind, "An attachment needs a kind");
        Objects.requireNonNull(path, "An attachment needs a path");
        if (path.isBlank()) {
            throw new IllegalArgumentException("An attachment path must not be blank");
        }
        description = Values.text(description);
        if (sha256 != null) {
            sha256 = sha256.toLowerCase(Locale.ROOT);
            if (!SHA256.matcher(sha256).matches()) {
                throw new IllegalArgumentException("sha256 must be 64 hex digits");
            }
        }
    }

    /** A reference to {@code path} with no description or digest. */
    public static AttachmentRef of(AttachmentKind kind, String path) {
        return new AttachmentRef(kind, path, null, null);
    }
}
