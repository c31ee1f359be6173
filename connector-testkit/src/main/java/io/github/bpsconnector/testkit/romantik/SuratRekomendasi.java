package io.github.bpsconnector.testkit.romantik;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The content of an issued Surat Rekomendasi Kegiatan Statistik (§2.7).
 *
 * @param nomorSurat the letter number, e.g. {@code B-1/3509/VS.300/2026}
 * @param tanggal the day of issue
 * @param kepada the instansi it is addressed to
 * @param judulKegiatan the activity's title
 * @param tahun the activity's year
 * @param identitasRekomendasi the Identitas Rekomendasi, e.g. {@code V-26.3509.004}
 * @param kodeKantor the issuing BPS office's code, e.g. {@code 3509}
 * @param kantor the issuing office, e.g. {@code BPS Kabupaten Jember}
 * @param pemberiRekomendasi who signs, e.g. {@code Kepala BPS Kabupaten Jember}
 * @param catatan the catatan rekomendasi (at least three)
 */
public record SuratRekomendasi(String nomorSurat, LocalDate tanggal, String kepada, String judulKegiatan, int tahun,
        String identitasRekomendasi, String kodeKantor, String kantor, String pemberiRekomendasi,
        List<String> catatan) {

    /** The examination result the letter states. */
    public static final String HASIL_LAYAK = "LAYAK";
    /** The fewest catatan rekomendasi a letter carries (T5). */
    public static final int MIN_CATATAN = 3;

    /** Checks that nothing is missing. */
    public SuratRekomendasi {
        Objects.requireNonNull(nomorSurat, "nomorSurat");
        Objects.requireNonNull(tanggal, "tanggal");
        Objects.requireNonNull(kepada, "kepada");
        Objects.requireNonNull(judulKegiatan, "judulKegiatan");
        Objects.requireNonNull(identitasRekomendasi, "identitasRekomendasi");
        Objects.requireNonNull(kodeKantor, "kodeKantor");
        Objects.requireNonNull(kantor, "kantor");
        Objects.requireNonNull(pemberiRekomendasi, "pemberiRekomendasi");
        catatan = List.copyOf(catatan);
        if (catatan.size() < MIN_CATATAN) {
            throw new IllegalArgumentException("A Surat Rekomendasi carries at least " + MIN_CATATAN + " catatan");
        }
    }

    /** The file name of the download: {@code Surat-Rekomendasi-<identitas>.pdf}. */
    public String fileName() {
        return "Surat-Rekomendasi-" + identitasRekomendasi + ".pdf";
    }
}
