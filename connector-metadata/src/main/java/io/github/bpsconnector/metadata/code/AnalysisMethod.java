package io.github.bpsconnector.metadata.code;

/** R.7.2 Metode Analisis. */
public enum AnalysisMethod implements CodeList {

    /** 1 Deskriptif. */
    DESKRIPTIF(CodeInfo.of("Deskriptif", 1)),

    /** 2 Inferensia. */
    INFERENSIA(CodeInfo.of("Inferensia", 2).aliases("INFERENSIAL")),

    /** 3 Deskriptif dan inferensia. */
    DESKRIPTIF_DAN_INFERENSIA(CodeInfo.of("Deskriptif dan Inferensia", 3).aliases("DESKRIPTIF_DAN_INFERENSIAL"));

    private final CodeInfo info;

    AnalysisMethod(CodeInfo info) {
        this.info = info;
    }

    @Override
    public CodeInfo info() {
        return info;
    }

    @Override
    public String formItem() {
        return "R.7.2 Metode Analisis";
    }
}
