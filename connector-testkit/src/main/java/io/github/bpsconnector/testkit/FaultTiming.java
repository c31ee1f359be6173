package io.github.bpsconnector.testkit;

/** When a fault strikes relative to the portal's own handling of the request. */
public enum FaultTiming {
    /** The request is not applied: the portal's state is unchanged, the client gets the fault. */
    BEFORE,
    /**
     * The request is applied (state changes), then the answer is lost: the client gets the fault instead. This is
     * the case that proves a client never writes twice.
     */
    AFTER
}
