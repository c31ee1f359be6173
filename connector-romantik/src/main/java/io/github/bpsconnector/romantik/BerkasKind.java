package io.github.bpsconnector.romantik;

/**
 * The kinds of Blok IX supporting files ("Berkas Pendukung"); the value the portal's {@code jenis} select expects is
 * the profile's {@code values.berkas.<name>}.
 */
public enum BerkasKind {
    /** Kerangka Acuan Kerja (required). */
    KAK,
    /** The proposal. */
    PROPOSAL,
    /** The draft guide (pedoman). */
    PEDOMAN,
    /** The draft questionnaire (required for a survey). */
    KUESIONER,
    /** MS-Var, as a PDF rendered from the package. */
    MS_VAR,
    /** MS-Ind, as a PDF rendered from the package. */
    MS_IND,
    /** Anything else. */
    LAINNYA
}
