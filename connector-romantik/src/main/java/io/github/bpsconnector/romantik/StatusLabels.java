package io.github.bpsconnector.romantik;

/**
 * The three raw status columns exactly as the portal shows them: Status Pengajuan, Pemeriksaan Walidata and Status
 * Perbaikan. An empty column is {@code ""}.
 *
 * @param statusPengajuan e.g. {@code draft}, {@code pengajuan}, {@code perbaikan}, {@code layak}
 * @param statusWalidata e.g. {@code pemeriksaan}, {@code disetujui}, {@code ditolak}
 * @param statusPerbaikan e.g. {@code perbaikan}, {@code sedang diperbaiki}, {@code sudah diperbaiki}
 */
public record StatusLabels(String statusPengajuan, String statusWalidata, String statusPerbaikan) {

    /** Null columns become {@code ""}; white space is trimmed. */
    public StatusLabels {
        statusPengajuan = clean(statusPengajuan);
        statusWalidata = clean(statusWalidata);
        statusPerbaikan = clean(statusPerbaikan);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
