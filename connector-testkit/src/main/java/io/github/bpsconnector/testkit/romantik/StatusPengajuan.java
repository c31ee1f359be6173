package io.github.bpsconnector.testkit.romantik;

/** Column "Status Pengajuan" (§2.6); {@link #label()} is the raw label the pages show. */
public enum StatusPengajuan {
    /** Not sent. */
    DRAFT("draft"),
    /** Sent, not yet examined by the Pembina Data. */
    PENGAJUAN("pengajuan"),
    /** Being examined by the Pembina Data. */
    PEMERIKSAAN("pemeriksaan"),
    /** Correction notes given by the Pembina Data. */
    PERBAIKAN("perbaikan"),
    /** Declared feasible; the letter is issued. */
    LAYAK("layak"),
    /** Rejected by the Pembina Data (Tidak Layak). */
    DITOLAK("ditolak"),
    /** Cancelled by the producer. */
    DIBATALKAN("dibatalkan");

    private final String label;

    StatusPengajuan(String label) {
        this.label = label;
    }

    /** The raw label shown in {@code td.status-pengajuan}. */
    public String label() {
        return label;
    }
}
