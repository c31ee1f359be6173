package io.github.bpsconnector.workflow.port;

/** Where an MS-Keg stands on INDAH. */
public enum IndahStage {
    /** Entered, not submitted. */
    DRAFT,
    /** Submitted, waiting for the review. */
    SUBMITTED,
    /** Being reviewed. */
    UNDER_REVIEW,
    /** Returned with a {@code rejection_note}: to be corrected and submitted again. */
    CORRECTION_REQUIRED,
    /** Corrected and submitted again. */
    REVISED,
    /** Approved; waiting to be published. */
    APPROVED,
    /** Published. */
    PUBLISHED,
    /** Rejected for good. */
    REJECTED,
    /** A status the client does not know. */
    UNKNOWN
}
