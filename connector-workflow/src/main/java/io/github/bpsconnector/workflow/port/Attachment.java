package io.github.bpsconnector.workflow.port;

import io.github.bpsconnector.metadata.AttachmentKind;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One Blok IX supporting file of a pengajuan (a PDF on disk).
 *
 * @param kind the kind (KAK, MS_VAR, MS_IND, ...)
 * @param pdf  the file
 */
public record Attachment(AttachmentKind kind, Path pdf) {

    /** Checks that both are given. */
    public Attachment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pdf, "pdf");
    }
}
