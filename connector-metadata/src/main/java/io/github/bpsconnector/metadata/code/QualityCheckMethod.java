package io.github.bpsconnector.metadata.code;

/**
 * R.6.2 Metode Pemeriksaan Kualitas Pengumpulan Data. A multiple choice: the form writes several ticks as the sum of their codes (powers of two); INDAH v2 as an
 * object of booleans keyed by {@link #indahName()}.
 */
public enum QualityCheckMethod implements CodeList {

    /** 1 Kunjungan kembali (revisit). */
    KUNJUNGAN_KEMBALI(CodeInfo.of("Kunjungan kembali (revisit)", 1).indah("kunjungan_kembali").aliases("REVISIT")),

    /** 2 Supervisi. */
    SUPERVISI(CodeInfo.of("Supervisi", 2).indah("supervisi")),

    /** 4 Task Force. */
    TASK_FORCE(CodeInfo.of("Task Force", 4).indah("taskforce")),

    /** 8 Lainnya; the text goes with the choice. */
    LAINNYA(CodeInfo.of("Lainnya (sebutkan)", 8).indah("lainnya"));

    private final CodeInfo info;

    QualityCheckMethod(CodeInfo info) {
        this.info = info;
    }

    @Override
    public CodeInfo info() {
        return info;
    }

    @Override
    public String formItem() {
        return "R.6.2 Metode Pemeriksaan Kualitas Pengumpulan Data";
    }
}
