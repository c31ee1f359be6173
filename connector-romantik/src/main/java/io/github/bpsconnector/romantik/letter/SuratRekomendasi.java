package io.github.bpsconnector.romantik.letter;

import java.time.LocalDate;
import java.util.List;

/**
 * The fields of a Surat Rekomendasi, read from its PDF text with the profile's patterns.
 *
 * @param nomorSurat the letter number, e.g. {@code B-12/35090/VS.300/2026}
 * @param tanggal the letter's date
 * @param kepada the addressee (the instansi)
 * @param judulKegiatan the title of the kegiatan
 * @param tahun the year of the kegiatan
 * @param identitasRekomendasi the Identitas Rekomendasi
 * @param hasil the result, {@code LAYAK}
 * @param catatan the catatan rekomendasi, in order (BPS gives at least three)
 */
public record SuratRekomendasi(String nomorSurat, LocalDate tanggal, String kepada, String judulKegiatan, int tahun,
        RecommendationIdentity identitasRekomendasi, String hasil, List<String> catatan) {

    /** Copies the catatan. */
    public SuratRekomendasi {
        catatan = List.copyOf(catatan);
    }

    /** Whether the letter says LAYAK. */
    public boolean isLayak() {
        return "LAYAK".equalsIgnoreCase(hasil);
    }
}
