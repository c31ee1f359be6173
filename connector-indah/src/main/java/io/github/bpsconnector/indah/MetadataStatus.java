package io.github.bpsconnector.indah;

/**
 * The status of an MS-Keg, MS-Var or MS-Ind on INDAH (portal-model §1.4), normalized. A label the profile does not
 * know is {@link #UNKNOWN}, never an exception; {@link StatusLabel} keeps the raw label beside it.
 */
public enum MetadataStatus {
    /** Being entered; editable ("Simpan sementara"). */
    DRAFT,
    /** Sent for the first time, waiting for the Walidata's check. */
    SUBMITTED,
    /** The Walidata (APPROVAL) is checking it (Pemeriksaan). */
    UNDER_REVIEW,
    /** Returned with a {@code rejection_note}; editable, then sent again as {@link #REVISED}. */
    CORRECTION_REQUIRED,
    /** Corrected and sent again. */
    REVISED,
    /** Approved by the Walidata; waiting for the Pembina Data (Pengesahan). */
    APPROVED,
    /** Published by the Pembina Data. */
    PUBLISHED,
    /** Refused for good. */
    REJECTED,
    /** A label the profile does not know. */
    UNKNOWN;

    /** Whether the form data may be changed in this status. */
    public boolean editable() {
        return this == DRAFT || this == CORRECTION_REQUIRED;
    }

    /** The status a submit leads to from this one: {@link #SUBMITTED} from DRAFT, {@link #REVISED} after a return. */
    public MetadataStatus submitTarget() {
        return switch (this) {
            case DRAFT -> SUBMITTED;
            case CORRECTION_REQUIRED -> REVISED;
            default -> throw new IllegalStateException(this + " cannot be submitted");
        };
    }
}
