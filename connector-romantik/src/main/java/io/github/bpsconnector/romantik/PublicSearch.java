package io.github.bpsconnector.romantik;

/**
 * A search of the public {@code rekomendasi-terbit} list; every criterion is optional ({@code null}).
 *
 * @param search words of the title
 * @param tahun the year
 * @param provinsi a province code
 * @param kabkot a regency or city code
 * @param instansi an instansi id
 */
public record PublicSearch(String search, Integer tahun, String provinsi, String kabkot, String instansi) {

    /** No criterion: everything issued. */
    public static PublicSearch all() {
        return new PublicSearch(null, null, null, null, null);
    }

    /** Titles with these words. */
    public static PublicSearch forTitle(String words) {
        return new PublicSearch(words, null, null, null, null);
    }
}
