package io.github.bpsconnector.workflow.arsip;

import java.io.IOException;

/**
 * The arsip cannot do what was asked: a manifest is unreadable or belongs to another kegiatan, or a kegiatan's
 * folder stayed locked by another writer for too long.
 */
public class ArsipException extends IOException {

    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, naming the folder or file */
    public ArsipException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, naming the folder or file
     * @param cause   the underlying error
     */
    public ArsipException(String message, Throwable cause) {
        super(message, cause);
    }
}
