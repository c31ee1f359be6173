package io.github.bpsconnector.metadata.code;

/**
 * Jenis Statistik: the kind of statistics an activity produces (Undang-Undang 16/1997). Asked by INDAH only
 * (`jenis_statistik`); neither printed form has it, so no value carries a code number. An OPD choosing
 * {@link #STATISTIK_DASAR} is a known error (BPS makes basic statistics).
 */
public enum StatisticsType implements CodeList {

    /** Basic statistics, made by BPS. */
    STATISTIK_DASAR(CodeInfo.of("Statistik Dasar", 0).aliases("DASAR")),

    /** Sectoral statistics, made by a kementerian, lembaga or OPD. */
    STATISTIK_SEKTORAL(CodeInfo.of("Statistik Sektoral", 0).aliases("SEKTORAL")),

    /** Special statistics, made by society. */
    STATISTIK_KHUSUS(CodeInfo.of("Statistik Khusus", 0).aliases("KHUSUS"));

    private final CodeInfo info;

    StatisticsType(CodeInfo info) {
        this.info = info;
    }

    @Override
    public CodeInfo info() {
        return info;
    }

    @Override
    public String formItem() {
        return "Jenis Statistik (INDAH)";
    }
}
