package io.github.bpsconnector.metadata.code;

/**
 * Cara Pengumpulan Data (identity block of MS-Keg): how the data are obtained. Codes 1&ndash;4 in both form
 * versions. Blok V Desain Sampel applies only to {@link #SURVEI}.
 */
public enum CollectionType implements CodeList {

    /** 1 Pencacahan lengkap (a census of every unit). */
    PENCACAHAN_LENGKAP(CodeInfo.of("Pencacahan Lengkap", 1).aliases("SENSUS")),

    /** 2 Survei (a sample of units). */
    SURVEI(CodeInfo.of("Survei", 2).aliases("SURVEY")),

    /** 3 Kompilasi produk administrasi (kompromin). */
    KOMPILASI_PRODUK_ADMINISTRASI(CodeInfo.of("Kompilasi Produk Administrasi", 3).aliases("KOMPROMIN")),

    /**
     * 4 Cara lain sesuai dengan perkembangan TI. The 2026 INDAH client spells it
     * * {@code CARA_LAIN_SESUAI_PERKEMBANGAN_TEKNOLOGI_DAN_INFORMASI}, accepted as an alias.
     */
    CARA_LAIN_SESUAI_DENGAN_PERKEMBANGAN_TI(CodeInfo.of("Cara lain sesuai dengan perkembangan TI", 4).aliases("CARA_LAIN_SESUAI_PERKEMBANGAN_TEKNOLOGI_DAN_INFORMASI", "CARA_LAIN"));

    private final CodeInfo info;

    CollectionType(CodeInfo info) {
        this.info = info;
    }

    @Override
    public CodeInfo info() {
        return info;
    }

    @Override
    public String formItem() {
        return "Cara Pengumpulan Data";
    }
}
