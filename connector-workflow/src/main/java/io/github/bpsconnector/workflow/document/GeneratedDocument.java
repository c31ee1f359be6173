package io.github.bpsconnector.workflow.document;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A document written to disk.
 *
 * @param path   the new file, directly in the target folder
 * @param sha256 the SHA-256 of its content, 64 lower-case hex digits
 * @param size   its size in bytes
 */
public record GeneratedDocument(Path path, String sha256, long size) {

    /** Checks that nothing is missing. */
    public GeneratedDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }
}
