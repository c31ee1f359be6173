package io.github.bpsconnector.indah;

/** The three metadata instruments of INDAH, with the profile names of their paths and their title key. */
public enum MetadataKind {
    /** Metadata Statistik Kegiatan. */
    KEGIATAN("MS-Keg", "kegiatan", "judul_kegiatan"),
    /** Metadata Statistik Variabel. */
    VARIABEL("MS-Var", "variabel", "nama"),
    /** Metadata Statistik Indikator. */
    INDIKATOR("MS-Ind", "indikator", "nama");

    private final String label;
    private final String pathName;
    private final String titleKey;

    MetadataKind(String label, String pathName, String titleKey) {
        this.label = label;
        this.pathName = pathName;
        this.titleKey = titleKey;
    }

    /** The instrument's short name, e.g. {@code MS-Keg}. */
    public String label() {
        return label;
    }

    /** The profile path name of the collection ({@code paths.<name>}); {@code <name>ById} for one record. */
    public String pathName() {
        return pathName;
    }

    /** The form key of the record's title in {@code data}. */
    public String titleKey() {
        return titleKey;
    }
}
