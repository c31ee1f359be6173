package io.github.bpsconnector.metadata.code;

/**
 * R.4.6 Metode Pengumpulan Data. A multiple choice: the form writes several ticks as the sum of their codes (powers of two); INDAH v2 as an
 * object of booleans keyed by {@link #indahName()}.
 */
public enum CollectionMethod implements CodeList {

    /** 1 Wawancara. */
    WAWANCARA(CodeInfo.of("Wawancara", 1).indah("wawancara")),

    /** 2 Mengisi kuesioner sendiri (swacacah). */
    MENGISI_KUESIONER_SENDIRI(CodeInfo.of("Mengisi kuesioner sendiri (swacacah)", 2).indah("mengisi_kuesioner_sendiri").aliases("SWACACAH")),

    /** 4 Pengamatan (observasi). */
    PENGAMATAN(CodeInfo.of("Pengamatan (observasi)", 4).indah("pengamatan").aliases("OBSERVASI")),

    /** 8 Pengumpulan data sekunder. */
    PENGUMPULAN_DATA_SEKUNDER(CodeInfo.of("Pengumpulan data sekunder", 8).indah("pengumpulan_data_sekunder").aliases("DATA_SEKUNDER")),

    /** 16 Lainnya; the text goes with the choice. */
    LAINNYA(CodeInfo.of("Lainnya (sebutkan)", 16).indah("lainnya"));

    private final CodeInfo info;

    CollectionMethod(CodeInfo info) {
        this.info = info;
    }

    @Override
    public CodeInfo info() {
        return info;
    }

    @Override
    public String formItem() {
        return "R.4.6 Metode Pengumpulan Data";
    }
}
