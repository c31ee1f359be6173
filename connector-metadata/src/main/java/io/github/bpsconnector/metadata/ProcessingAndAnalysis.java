package io.github.bpsconnector.metadata;

import io.github.bpsconnector.metadata.code.AnalysisMethod;
import io.github.bpsconnector.metadata.code.AnalysisUnit;
import io.github.bpsconnector.metadata.code.PresentationLevel;

/**
 * Blok VII Pengolahan dan Analisis of MS-Keg.
 *
 * <p>Immutable. Text items are {@code null} when blank; lists, multiple choices and blocks are never {@code null}
 * (empty when not filled); the other items are {@code null} when not filled.
 *
 * @param processingSteps R.7.1 Tahapan Pengolahan Data. INDAH: {@code blok_vii.tahapan_pengolahan_data}.
 * @param analysisMethod R.7.2 Metode Analisis. INDAH: {@code blok_vii.metode_analisis}.
 * @param analysisUnits R.7.3 Unit Analisis (multiple choice). INDAH: {@code blok_vii.unit_analsis} (sic), text in
 *        unit_analisis_lainnya.
 * @param presentationLevels R.7.4 Tingkat Penyajian Hasil Analisis (multiple choice). INDAH:
 *        {@code blok_vii.tingkat_penyajian_hasil_analisis}, text in tingkat_penyajian_hasil_analisis_lainnya.
 */
public record ProcessingAndAnalysis(
        ProcessingSteps processingSteps,
        AnalysisMethod analysisMethod,
        MultiChoice<AnalysisUnit> analysisUnits,
        MultiChoice<PresentationLevel> presentationLevels) {

    /** The ProcessingAndAnalysis with nothing filled. */
    public static final ProcessingAndAnalysis EMPTY = builder().build();

    /** Normalises blank text to {@code null} and missing collections and blocks to empty; copies lists. */
    public ProcessingAndAnalysis {
        processingSteps = Values.orEmpty(processingSteps, ProcessingSteps.EMPTY);
        analysisUnits = Values.orEmpty(analysisUnits, MultiChoice.none());
        presentationLevels = Values.orEmpty(presentationLevels, MultiChoice.none());
    }

    /** A builder with nothing filled. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.processingSteps = processingSteps;
        b.analysisMethod = analysisMethod;
        b.analysisUnits = analysisUnits;
        b.presentationLevels = presentationLevels;
        return b;
    }

    /** Builds a {@link ProcessingAndAnalysis}; any item may be left unset. Not thread-safe. */
    public static final class Builder {
        private ProcessingSteps processingSteps;
        private AnalysisMethod analysisMethod;
        private MultiChoice<AnalysisUnit> analysisUnits;
        private MultiChoice<PresentationLevel> presentationLevels;

        private Builder() {
        }

        /** R.7.1 Tahapan Pengolahan Data. INDAH: {@code blok_vii.tahapan_pengolahan_data}. */
        public Builder processingSteps(ProcessingSteps value) {
            this.processingSteps = value;
            return this;
        }

        /** R.7.2 Metode Analisis. INDAH: {@code blok_vii.metode_analisis}. */
        public Builder analysisMethod(AnalysisMethod value) {
            this.analysisMethod = value;
            return this;
        }

        /**
         * R.7.3 Unit Analisis (multiple choice). INDAH: {@code blok_vii.unit_analsis} (sic), text in
         * unit_analisis_lainnya.
         */
        public Builder analysisUnits(MultiChoice<AnalysisUnit> value) {
            this.analysisUnits = value;
            return this;
        }

        /**
         * R.7.4 Tingkat Penyajian Hasil Analisis (multiple choice). INDAH:
         * {@code blok_vii.tingkat_penyajian_hasil_analisis}, text in tingkat_penyajian_hasil_analisis_lainnya.
         */
        public Builder presentationLevels(MultiChoice<PresentationLevel> value) {
            this.presentationLevels = value;
            return this;
        }

        /** The ProcessingAndAnalysis; never throws for a missing item. */
        public ProcessingAndAnalysis build() {
            return new ProcessingAndAnalysis(processingSteps, analysisMethod, analysisUnits, presentationLevels);
        }
    }
}
