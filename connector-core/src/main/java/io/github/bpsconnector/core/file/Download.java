package io.github.bpsconnector.core.file;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A file that was downloaded and stored.
 *
 * @param originalName the file name the server sent in {@code Content-Disposition}, decoded but untrusted:
 *                     metadata only, never used as a path; {@code null} when the server sent none
 * @param path         where the file was stored: a new file directly in the target folder
 * @param contentType  the media type the server declared, without parameters; {@code application/octet-stream}
 *                     when it declared none
 * @param size         the size in bytes
 * @param sha256       the SHA-256 of the whole content, 64 lower-case hex digits
 */
public record Download(String originalName, Path path, String contentType, long size, String sha256) {

    public Download {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The name the server sent, if it sent one. */
    public Optional<String> originalNameIfSent() {
        return Optional.ofNullable(originalName);
    }
}
