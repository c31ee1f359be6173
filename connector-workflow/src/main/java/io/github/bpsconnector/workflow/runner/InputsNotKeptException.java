package io.github.bpsconnector.workflow.runner;

import io.github.bpsconnector.workflow.arsip.KegiatanKey;

/**
 * {@link SopRunner#resume} was asked to go on with a kegiatan whose inputs are not in the arsip (no runner acted
 * on it with this arsip, or it was run by a version that kept only the hand-over package): go on with {@link
 * SopRunner#advance} and the kegiatan's inputs instead.
 */
public final class InputsNotKeptException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient KegiatanKey key;

    InputsNotKeptException(KegiatanKey key) {
        super("the inputs of the kegiatan '" + key.title() + "' (" + key.year() + ", " + key.institution()
                + ") are not in the arsip");
        this.key = key;
    }

    /** The kegiatan. */
    public KegiatanKey key() {
        return key;
    }
}
