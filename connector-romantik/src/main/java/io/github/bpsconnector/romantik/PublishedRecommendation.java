package io.github.bpsconnector.romantik;

/**
 * One row of the public {@code rekomendasi-terbit} list.
 *
 * @param nomor the Identitas Rekomendasi
 * @param judul the title
 * @param instansi the instansi
 * @param tanggal the date of issue, as shown
 * @param token the opaque token of the detail page (never decoded or guessed)
 */
public record PublishedRecommendation(String nomor, String judul, String instansi, String tanggal, String token) {
}
