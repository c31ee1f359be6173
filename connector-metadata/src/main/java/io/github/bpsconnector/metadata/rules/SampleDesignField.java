package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.SampleDesign;

import java.util.function.Predicate;

/** The items of MS-Keg Blok V Desain Sampel, for the skip rules C3 and C4. */
enum SampleDesignField {

    STAGE_TYPE("stageType", "R.5.1 Jenis Rancangan Sampel", s -> s.stageType() != null),
    LAST_STAGE_SELECTION("lastStageSelection", "R.5.2 Metode Pemilihan Sampel Tahap Terakhir",
            s -> s.lastStageSelection() != null),
    SAMPLING_METHOD("samplingMethod", "R.5.3 Metode yang Digunakan", s -> s.samplingMethod() != null),
    SAMPLING_FRAME("samplingFrame", "R.5.4 Kerangka Sampel Tahap Terakhir", s -> s.samplingFrame() != null),
    SAMPLING_FRACTION("overallSamplingFraction", "R.5.5 Fraksi Sampel Keseluruhan",
            s -> s.overallSamplingFraction() != null),
    SAMPLING_ERROR("expectedSamplingError", "R.5.6 Nilai Perkiraan Sampling Error Variabel Utama",
            s -> s.expectedSamplingError() != null),
    SAMPLING_UNIT("samplingUnit", "R.5.7 Unit Sampel", s -> s.samplingUnit() != null),
    OBSERVATION_UNIT("observationUnit", "R.5.8 Unit Observasi", s -> s.observationUnit() != null),
    RESPONDENT_COUNT("respondentCount", "R.5.9 Jumlah Responden", s -> s.respondentCount() != null);

    private final String path;
    private final String formItem;
    private final Predicate<SampleDesign> filled;

    SampleDesignField(String name, String formItem, Predicate<SampleDesign> filled) {
        this.path = "sampleDesign." + name;
        this.formItem = formItem;
        this.filled = filled;
    }

    /** The path below {@code msKeg}. */
    String path() {
        return path;
    }

    String formItem() {
        return formItem;
    }

    boolean isFilled(SampleDesign design) {
        return filled.test(design);
    }
}
