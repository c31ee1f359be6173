package io.github.bpsconnector.testkit.indah;

/** The three metadata instruments of INDAH. */
public enum MetadataKind {
    /** Metadata Statistik Kegiatan. */
    KEGIATAN("kegiatan", "MS-Keg"),
    /** Metadata Statistik Variabel. */
    VARIABEL("variabel", "MS-Var"),
    /** Metadata Statistik Indikator. */
    INDIKATOR("indikator", "MS-Ind");

    private final String pathSegment;
    private final String label;

    MetadataKind(String pathSegment, String label) {
        this.pathSegment = pathSegment;
        this.label = label;
    }

    /** @return the segment in {@code /sdi/v2/metadata-statistik/<segment>} */
    public String pathSegment() {
        return pathSegment;
    }

    /** @return the instrument's short name, e.g. {@code MS-Keg} */
    public String label() {
        return label;
    }

    /** @return the JSON key of the record's title in {@code data}: {@code judul_kegiatan} or {@code nama} */
    public String titleKey() {
        return this == KEGIATAN ? "judul_kegiatan" : "nama";
    }
}
