package io.github.bpsconnector.testkit.indah;

/** The statuses of an INDAH metadata record, spelled as the API spells them. */
public enum MetadataStatus {
    /** Being filled in. */
    DRAFT,
    /** Sent for review. */
    SUBMITTED,
    /** Being checked by the Walidata. */
    UNDER_REVIEW,
    /** Sent back with a note. */
    CORRECTION_REQUIRED,
    /** Corrected and sent again. */
    REVISED,
    /** Approved by the Walidata, awaiting the Pembina Data. */
    APPROVED,
    /** Published by the Pembina Data. */
    PUBLISHED,
    /** Rejected. */
    REJECTED
}
