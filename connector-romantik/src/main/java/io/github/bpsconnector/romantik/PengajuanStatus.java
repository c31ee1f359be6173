package io.github.bpsconnector.romantik;

/**
 * One normalized status of a pengajuan, combined from Romantik's three status columns ({@code portal-model.md}
 * §2.6). The raw labels are always kept beside it ({@link StatusLabels}); a label the profile does not know gives
 * {@link #UNKNOWN}, never an exception.
 */
public enum PengajuanStatus {
    /** Not sent yet ({@code draft}). */
    DRAFT,
    /** Sent; the Walidata is checking it ({@code pengajuan} / {@code pemeriksaan}). */
    AT_WALIDATA,
    /** The Walidata rejected it; the Produsen Data may edit and send it again. */
    RETURNED_BY_WALIDATA,
    /** With the Pembina Data (BPS): approved by the Walidata, being examined, or a correction sent back. */
    AT_PEMBINA,
    /** The Pembina Data sent correction notes ({@code perbaikan}); the Produsen Data has to fix and send it. */
    REVISION_REQUIRED,
    /** Declared {@code layak}: the Surat Rekomendasi can be downloaded. */
    RECOMMENDED,
    /** Declared {@code ditolak} (Tidak Layak) by the Pembina Data. */
    REJECTED,
    /** Cancelled by the Produsen Data ({@code dibatalkan}). */
    CANCELLED,
    /** Recommended and the Surat Komitmen is uploaded. */
    COMPLETED,
    /** The labels do not match any known combination. */
    UNKNOWN
}
