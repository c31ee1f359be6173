package io.github.bpsconnector.metadata;

/**
 * What a document attached to a {@link MetadataPackage} is. The first seven follow the kinds of supporting file
 * the Romantik form takes in Blok IX Berkas Pendukung; the letters follow the SOP.
 */
public enum AttachmentKind {

    /** Kerangka Acuan Kerja (terms of reference); Romantik refuses a submission without one. */
    KAK,
    /** Proposal kegiatan. */
    PROPOSAL,
    /** Pedoman (draft field or technical guide). */
    PEDOMAN,
    /** Kuesioner (draft questionnaire); Romantik refuses a survey without one. */
    KUESIONER,
    /** MS-Var rendered as a document, as the Jember SOP attaches it in Romantik. */
    MS_VAR,
    /** MS-Ind rendered as a document, as the Jember SOP attaches it in Romantik. */
    MS_IND,
    /** Surat permohonan rekomendasi: the producer's covering letter. */
    SURAT_PERMOHONAN,
    /** Surat Rekomendasi issued by BPS (Pembina Data). */
    SURAT_REKOMENDASI,
    /** Surat Komitmen Pelaksanaan drawn up by the Produsen Data. */
    SURAT_KOMITMEN,
    /** Any other supporting document. */
    LAINNYA
}
