package io.github.bpsconnector.metadata.code;

/**
 * R.7.3 Unit Analisis. A multiple choice: the form writes several ticks as the sum of their codes (powers of two); INDAH v2 as an
 * object of booleans keyed by {@link #indahName()}. <strong>Romantik 2023 numbers these 1, 2, 3, 4</strong>, not as powers
 * of two. INDAH v2 names the choice object {@code unit_analsis} (sic).
 */
public enum AnalysisUnit implements CodeList {

    /** Individu (Perban 1, Romantik 1). */
    INDIVIDU(CodeInfo.of("Individu", 1).indah("individu")),

    /** Rumah tangga (Perban 2, Romantik 2). */
    RUMAH_TANGGA(CodeInfo.of("Rumah tangga", 2).indah("rumah_tangga")),

    /** Usaha/perusahaan (Perban 4, Romantik 3). */
    USAHA_ATAU_PERUSAHAAN(CodeInfo.of("Usaha/perusahaan", 4, 3).indah("usaha_atau_perusahaan").aliases("USAHA_PERUSAHAAN")),

    /** Lainnya (Perban 8, Romantik 4); the text goes with the choice. */
    LAINNYA(CodeInfo.of("Lainnya (sebutkan)", 8, 4).indah("lainnya"));

    private final CodeInfo info;

    AnalysisUnit(CodeInfo info) {
        this.info = info;
    }

    @Override
    public CodeInfo info() {
        return info;
    }

    @Override
    public String formItem() {
        return "R.7.3 Unit Analisis";
    }
}
