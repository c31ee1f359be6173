package io.github.bpsconnector.core.journal;

/** How a journaled operation ended. */
public enum OutcomeStatus {
    /** The portal shows the effect (e.g. the pengajuan exists). Final. */
    CONFIRMED,
    /** The portal refused it or it was not sent. Final. */
    FAILED,
    /** It may or may not have taken effect; {@code resume} must look on the portal. The intent stays open. */
    UNKNOWN;

    /** Whether nothing more will happen to an intent with this outcome. */
    public boolean isFinal() {
        return this != UNKNOWN;
    }
}
