package io.github.bpsconnector.romantik;

/**
 * A title like the one being checked, found by the Walidata's duplication check.
 *
 * @param source where it was found
 * @param judul its title
 * @param tahun its year, or {@code null} when the source does not show one (the public list)
 * @param instansi its instansi
 * @param reference the pengajuan id (REGION) or the Identitas Rekomendasi (PUBLISHED)
 * @param score the similarity, 0 to 1 ({@link io.github.bpsconnector.romantik.similarity.TitleSimilarity})
 */
public record DuplicateCandidate(Source source, String judul, Integer tahun, String instansi, String reference,
        double score) {

    /** Where a candidate comes from. */
    public enum Source {
        /** A pengajuan of the Walidata's region ({@code /walidata/pengajuan}). */
        REGION,
        /** An issued recommendation on the public {@code rekomendasi-terbit} list. */
        PUBLISHED
    }
}
