package io.github.bpsconnector.metadata;

import io.github.bpsconnector.metadata.code.SampleSelection;
import io.github.bpsconnector.metadata.code.SampleStageType;
import io.github.bpsconnector.metadata.code.SamplingFrame;
import io.github.bpsconnector.metadata.code.SamplingMethod;

/**
 * Blok V Desain Sampel of MS-Keg, filled only when Cara Pengumpulan Data is Survei; empty otherwise.
 *
 * <p>Immutable. Text items are {@code null} when blank; lists, multiple choices and blocks are never {@code null}
 * (empty when not filled); the other items are {@code null} when not filled.
 *
 * @param stageType R.5.1 Jenis Rancangan Sampel. INDAH: {@code blok_v.jenis_rancangan_sampel}.
 * @param lastStageSelection R.5.2 Metode Pemilihan Sampel Tahap Terakhir. INDAH:
 *        {@code blok_v.metode_pemilihan_sampel_tahap_terakhir}.
 * @param samplingMethod R.5.3 Metode yang Digunakan. INDAH: {@code blok_v.metode_yang_digunakan}.
 * @param samplingFrame R.5.4 Kerangka Sampel Tahap Terakhir (probability samples only). INDAH:
 *        {@code blok_v.kerangka_sampel_tahap_terakhir}.
 * @param overallSamplingFraction R.5.5 Fraksi Sampel Keseluruhan (f = n/N over all stages), as written (probability
 *        samples only). INDAH: {@code blok_v.fraksi_sampel_keseluruhan}.
 * @param expectedSamplingError R.5.6 Nilai Perkiraan Sampling Error Variabel Utama, as written (probability samples
 *        only). INDAH: {@code blok_v.nilai_perkiraan_sampling_error_variabel_utama}.
 * @param samplingUnit R.5.7 Unit Sampel. INDAH: {@code blok_v.unit_sampel}.
 * @param observationUnit R.5.8 Unit Observasi. INDAH: {@code blok_v.unit_observasi}.
 * @param respondentCount R.5.9 Jumlah Responden (Romantik 2023 form only).
 */
public record SampleDesign(
        SampleStageType stageType,
        SampleSelection lastStageSelection,
        SamplingMethod samplingMethod,
        SamplingFrame samplingFrame,
        String overallSamplingFraction,
        String expectedSamplingError,
        String samplingUnit,
        String observationUnit,
        Integer respondentCount) {

    /** The SampleDesign with nothing filled. */
    public static final SampleDesign EMPTY = builder().build();

    /** Normalises blank text to {@code null} and missing collections and blocks to empty; copies lists. */
    public SampleDesign {
        overallSamplingFraction = Values.text(overallSamplingFraction);
        expectedSamplingError = Values.text(expectedSamplingError);
        samplingUnit = Values.text(samplingUnit);
        observationUnit = Values.text(observationUnit);
    }

    /** A builder with nothing filled. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.stageType = stageType;
        b.lastStageSelection = lastStageSelection;
        b.samplingMethod = samplingMethod;
        b.samplingFrame = samplingFrame;
        b.overallSamplingFraction = overallSamplingFraction;
        b.expectedSamplingError = expectedSamplingError;
        b.samplingUnit = samplingUnit;
        b.observationUnit = observationUnit;
        b.respondentCount = respondentCount;
        return b;
    }

    /** Builds a {@link SampleDesign}; any item may be left unset. Not thread-safe. */
    public static final class Builder {
        private SampleStageType stageType;
        private SampleSelection lastStageSelection;
        private SamplingMethod samplingMethod;
        private SamplingFrame samplingFrame;
        private String overallSamplingFraction;
        private String expectedSamplingError;
        private String samplingUnit;
        private String observationUnit;
        private Integer respondentCount;

        private Builder() {
        }

        /** R.5.1 Jenis Rancangan Sampel. INDAH: {@code blok_v.jenis_rancangan_sampel}. */
        public Builder stageType(SampleStageType value) {
            this.stageType = value;
            return this;
        }

        /**
         * R.5.2 Metode Pemilihan Sampel Tahap Terakhir. INDAH:
         * {@code blok_v.metode_pemilihan_sampel_tahap_terakhir}.
         */
        public Builder lastStageSelection(SampleSelection value) {
            this.lastStageSelection = value;
            return this;
        }

        /** R.5.3 Metode yang Digunakan. INDAH: {@code blok_v.metode_yang_digunakan}. */
        public Builder samplingMethod(SamplingMethod value) {
            this.samplingMethod = value;
            return this;
        }

        /**
         * R.5.4 Kerangka Sampel Tahap Terakhir (probability samples only). INDAH:
         * {@code blok_v.kerangka_sampel_tahap_terakhir}.
         */
        public Builder samplingFrame(SamplingFrame value) {
            this.samplingFrame = value;
            return this;
        }

        /**
         * R.5.5 Fraksi Sampel Keseluruhan (f = n/N over all stages), as written (probability samples only). INDAH:
         * {@code blok_v.fraksi_sampel_keseluruhan}.
         */
        public Builder overallSamplingFraction(String value) {
            this.overallSamplingFraction = value;
            return this;
        }

        /**
         * R.5.6 Nilai Perkiraan Sampling Error Variabel Utama, as written (probability samples only). INDAH:
         * {@code blok_v.nilai_perkiraan_sampling_error_variabel_utama}.
         */
        public Builder expectedSamplingError(String value) {
            this.expectedSamplingError = value;
            return this;
        }

        /** R.5.7 Unit Sampel. INDAH: {@code blok_v.unit_sampel}. */
        public Builder samplingUnit(String value) {
            this.samplingUnit = value;
            return this;
        }

        /** R.5.8 Unit Observasi. INDAH: {@code blok_v.unit_observasi}. */
        public Builder observationUnit(String value) {
            this.observationUnit = value;
            return this;
        }

        /** R.5.9 Jumlah Responden (Romantik 2023 form only). */
        public Builder respondentCount(Integer value) {
            this.respondentCount = value;
            return this;
        }

        /** The SampleDesign; never throws for a missing item. */
        public SampleDesign build() {
            return new SampleDesign(stageType, lastStageSelection, samplingMethod, samplingFrame, overallSamplingFraction, expectedSamplingError, samplingUnit, observationUnit, respondentCount);
        }
    }
}
