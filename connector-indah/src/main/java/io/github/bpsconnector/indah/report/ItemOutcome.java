package io.github.bpsconnector.indah.report;

/** What reporting one package did on INDAH. */
public enum ItemOutcome {
    /** The MS-Keg was created (and its children). */
    CREATED,
    /** An existing MS-Keg, or its children, were changed or submitted. */
    UPDATED,
    /** INDAH already held exactly this package; nothing was sent. */
    UNCHANGED,
    /** Nothing, or not everything, was done; see the {@link FailureReason}. */
    FAILED
}
