package io.github.bpsconnector.romantik;

import java.util.Set;

/**
 * One row of the "Daftar Pengajuan" (or of the Walidata's list).
 *
 * @param id the system id (not the recommendation identity)
 * @param judul the title of the kegiatan
 * @param tahun the year
 * @param labels the three raw status columns
 * @param status the normalized status
 * @param nomorRekomendasi the Identitas Rekomendasi once layak, else {@code ""}
 * @param actions the actions the row offers ({@code lihat}, {@code ubah}, {@code hapus}, {@code batalkan}, ...)
 * @param instansi the instansi (Walidata's list only; {@code ""} in the producer's own list)
 */
public record PengajuanSummary(long id, String judul, int tahun, StatusLabels labels, PengajuanStatus status,
        String nomorRekomendasi, Set<String> actions, String instansi) {

    /** Copies the actions. */
    public PengajuanSummary {
        actions = Set.copyOf(actions);
    }
}
