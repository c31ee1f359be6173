package io.github.bpsconnector.workflow.port;

/** Where a pengajuan stands on Romantik, normalized from its three status columns. */
public enum PengajuanStage {
    /** Created, not sent. */
    DRAFT,
    /** Sent; the Walidata is checking it. */
    AT_WALIDATA,
    /** The Walidata returned it ("belum memenuhi"). */
    RETURNED_BY_WALIDATA,
    /** With the Pembina Data: being examined, declared layak and waiting for the letter. */
    AT_PEMBINA,
    /** The Pembina Data sent correction notes. */
    REVISION_REQUIRED,
    /** Declared layak; the Surat Rekomendasi can be downloaded. */
    RECOMMENDED,
    /** Declared tidak layak by the Pembina Data. */
    REJECTED,
    /** Cancelled by the Produsen Data. */
    CANCELLED,
    /** Recommended and the Surat Komitmen is uploaded. */
    COMPLETED,
    /** A status the portal profile does not know. */
    UNKNOWN
}
