package io.github.bpsconnector.metadata.code;

/**
 * R.7.4 Tingkat Penyajian Hasil Analisis. A multiple choice: the form writes several ticks as the sum of their codes (powers of two); INDAH v2 as an
 * object of booleans keyed by {@link #indahName()}. INDAH's 2023 payload added {@code kecamatan}.
 */
public enum PresentationLevel implements CodeList {

    /** 1 Nasional. */
    NASIONAL(CodeInfo.of("Nasional", 1).indah("nasional")),

    /** 2 Provinsi. */
    PROVINSI(CodeInfo.of("Provinsi", 2).indah("provinsi")),

    /** 4 Kabupaten/Kota. */
    KABUPATEN_ATAU_KOTA(CodeInfo.of("Kabupaten/Kota", 4).indah("kabupaten_atau_kota").aliases("KABUPATEN_KOTA")),

    /** 8 Kecamatan. */
    KECAMATAN(CodeInfo.of("Kecamatan", 8).indah("kecamatan")),

    /** 16 Lainnya; the text goes with the choice. */
    LAINNYA(CodeInfo.of("Lainnya (sebutkan)", 16).indah("lainnya"));

    private final CodeInfo info;

    PresentationLevel(CodeInfo info) {
        this.info = info;
    }

    @Override
    public CodeInfo info() {
        return info;
    }

    @Override
    public String formItem() {
        return "R.7.4 Tingkat Penyajian Hasil Analisis";
    }
}
