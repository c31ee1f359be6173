package io.github.bpsconnector.workflow.arsip;

/** What a document or record in the {@link Arsip} is. */
public enum DocumentKind {

    /** Surat permohonan rekomendasi. */
    SURAT_PERMOHONAN("surat-permohonan"),
    /** Kerangka Acuan Kerja. */
    KAK("kak"),
    /** Kuesioner: the data-collection instrument. */
    KUESIONER("kuesioner"),
    /** Proposal. */
    PROPOSAL("proposal"),
    /** Pedoman: the field guide. */
    PEDOMAN("pedoman"),
    /** The kegiatan's metadata package as the runner was given it (canonical JSON): an input to resume from. */
    PAKET_MASUKAN("paket-masukan"),
    /** The producer's details for the Surat Komitmen as the runner was given them (JSON): an input to resume from. */
    DATA_PRODUSEN("data-produsen"),
    /** MS-Keg as sent. */
    MS_KEG("ms-keg"),
    /** MS-Var as sent. */
    MS_VAR("ms-var"),
    /** MS-Ind as sent. */
    MS_IND("ms-ind"),
    /** The Surat Rekomendasi from the Pembina Data. */
    SURAT_REKOMENDASI("surat-rekomendasi"),
    /** The Surat Komitmen as drawn up, before signing. */
    SURAT_KOMITMEN_DRAFT("surat-komitmen-draf"),
    /** The signed Surat Komitmen as uploaded. */
    SURAT_KOMITMEN("surat-komitmen"),
    /** A reviewer's catatan and decision (Walidata or Pembina Data). */
    CATATAN_PEMERIKSAAN("catatan-pemeriksaan"),
    /** An id a portal gave the kegiatan or one of its records (e.g. an INDAH MS-Keg id). */
    PORTAL_ID("portal-id"),
    /** Anything else. */
    LAINNYA("lainnya");

    private final String slug;

    DocumentKind(String slug) {
        this.slug = slug;
    }

    /** A short file-name stem, e.g. {@code surat-rekomendasi}. */
    public String slug() {
        return slug;
    }
}
