package io.github.bpsconnector.romantik;

import java.util.Map;

/**
 * The public detail page of an issued recommendation ({@code /rekomendasi-terbit/{token}}).
 *
 * @param identitasRekomendasi e.g. {@code V-26.3509.004}
 * @param nomorSurat the letter number
 * @param judul the title
 * @param tahun the year, as shown
 * @param instansi the instansi
 * @param tanggal the date of issue, as shown
 * @param hasil the result ({@code LAYAK})
 * @param entries every term and value of the page, in order
 */
public record PublishedRecommendationDetail(String identitasRekomendasi, String nomorSurat, String judul,
        String tahun, String instansi, String tanggal, String hasil, Map<String, String> entries) {

    /** Copies the entries. */
    public PublishedRecommendationDetail {
        entries = Map.copyOf(entries);
    }
}
