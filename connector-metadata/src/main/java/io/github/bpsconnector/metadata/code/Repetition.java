package io.github.bpsconnector.metadata.code;

/**
 * R.4.1 Kegiatan Ini Dilakukan: once or repeatedly. R.4.2 Frekuensi applies only to {@link #BERULANG}.
 */
public enum Repetition implements CodeList {

    /** 1 Hanya sekali (ad hoc). */
    HANYA_SEKALI(CodeInfo.of("Hanya sekali (ad hoc)", 1).aliases("SEKALI", "AD_HOC")),

    /** 2 Berulang. */
    BERULANG(CodeInfo.of("Berulang", 2));

    private final CodeInfo info;

    Repetition(CodeInfo info) {
        this.info = info;
    }

    @Override
    public CodeInfo info() {
        return info;
    }

    @Override
    public String formItem() {
        return "R.4.1 Kegiatan Ini Dilakukan";
    }
}
