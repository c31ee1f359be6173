package io.github.bpsconnector.metadata.code;

/**
 * R.4.8 Unit Pengumpulan Data. A multiple choice: the form writes several ticks as the sum of their codes (powers of two); INDAH v2 as an
 * object of booleans keyed by {@link #indahName()}.
 */
public enum CollectionUnit implements CodeList {

    /** 1 Individu. */
    INDIVIDU(CodeInfo.of("Individu", 1).indah("individu")),

    /** 2 Rumah tangga. */
    RUMAH_TANGGA(CodeInfo.of("Rumah tangga", 2).indah("rumah_tangga")),

    /** 4 Usaha/perusahaan. */
    USAHA_ATAU_PERUSAHAAN(CodeInfo.of("Usaha/perusahaan", 4).indah("usaha_atau_perusahaan").aliases("USAHA_PERUSAHAAN")),

    /** 8 Lainnya; the text goes with the choice. */
    LAINNYA(CodeInfo.of("Lainnya (sebutkan)", 8).indah("lainnya"));

    private final CodeInfo info;

    CollectionUnit(CodeInfo info) {
        this.info = info;
    }

    @Override
    public CodeInfo info() {
        return info;
    }

    @Override
    public String formItem() {
        return "R.4.8 Unit Pengumpulan Data";
    }
}
