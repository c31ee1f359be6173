package io.github.bpsconnector.metadata.code;

/** R.4.2 Frekuensi Penyelenggaraan of a repeated activity, codes 1&ndash;8 in both form versions. */
public enum Frequency implements CodeList {

    /** 1 Harian. */
    HARIAN(CodeInfo.of("Harian", 1)),

    /** 2 Mingguan. */
    MINGGUAN(CodeInfo.of("Mingguan", 2)),

    /** 3 Bulanan. */
    BULANAN(CodeInfo.of("Bulanan", 3)),

    /** 4 Triwulanan. */
    TRIWULANAN(CodeInfo.of("Triwulanan", 4)),

    /** 5 Empat Bulanan. */
    EMPAT_BULANAN(CodeInfo.of("Empat Bulanan", 5)),

    /** 6 Semesteran. */
    SEMESTERAN(CodeInfo.of("Semesteran", 6)),

    /** 7 Tahunan. */
    TAHUNAN(CodeInfo.of("Tahunan", 7)),

    /** 8 &gt; Dua Tahunan (Perban 5/2020); &ge; Dua Tahunan on the Romantik 2023 form. */
    LEBIH_DARI_DUA_TAHUNAN(CodeInfo.of("> Dua Tahunan", 8).aliases("DUA_TAHUNAN_ATAU_LEBIH"));

    private final CodeInfo info;

    Frequency(CodeInfo info) {
        this.info = info;
    }

    @Override
    public CodeInfo info() {
        return info;
    }

    @Override
    public String formItem() {
        return "R.4.2 Frekuensi Penyelenggaraan";
    }
}
