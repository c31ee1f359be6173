package io.github.bpsconnector.metadata.code;

/**
 * R.5.2 Metode Pemilihan Sampel Tahap Terakhir (Blok V). Decides which R.5.3 methods apply and whether
 * R.5.4&ndash;R.5.6 are asked (probability samples only).
 */
public enum SampleSelection implements CodeList {

    /** 1 Sampel probabilitas (continue with R.5.3.a). */
    SAMPEL_PROBABILITAS(CodeInfo.of("Sampel Probabilitas", 1).aliases("PROBABILITAS", "PROBABILITY")),

    /** 2 Sampel nonprobabilitas (continue with R.5.3.b, then R.5.7). */
    SAMPEL_NONPROBABILITAS(CodeInfo.of("Sampel Nonprobabilitas", 2).aliases("NONPROBABILITAS", "NON_PROBABILITY"));

    private final CodeInfo info;

    SampleSelection(CodeInfo info) {
        this.info = info;
    }

    @Override
    public CodeInfo info() {
        return info;
    }

    @Override
    public String formItem() {
        return "R.5.2 Metode Pemilihan Sampel Tahap Terakhir";
    }
}
