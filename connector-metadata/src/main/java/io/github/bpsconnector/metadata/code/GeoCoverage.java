package io.github.bpsconnector.metadata.code;

/**
 * R.4.4 Cakupan Wilayah Pengumpulan Data. Missing even one kabupaten/kota counts as {@link #SEBAGIAN_WILAYAH_INDONESIA};
 * R.4.5 Wilayah Kegiatan applies only to that value.
 */
public enum GeoCoverage implements CodeList {

    /** 1 Seluruh wilayah Indonesia. */
    SELURUH_WILAYAH_INDONESIA(CodeInfo.of("Seluruh wilayah Indonesia", 1).aliases("SELURUH")),

    /** 2 Sebagian wilayah Indonesia. */
    SEBAGIAN_WILAYAH_INDONESIA(CodeInfo.of("Sebagian wilayah Indonesia", 2).aliases("SEBAGIAN"));

    private final CodeInfo info;

    GeoCoverage(CodeInfo info) {
        this.info = info;
    }

    @Override
    public CodeInfo info() {
        return info;
    }

    @Override
    public String formItem() {
        return "R.4.4 Cakupan Wilayah Pengumpulan Data";
    }
}
