package io.github.bpsconnector.metadata;

import java.util.ArrayList;
import java.util.List;

/**
 * MS-Ind, Metadata Statistik Indikator (Peraturan BPS 5/2020, Instrumen C): one indicator, i.e. one row of the form
 * with the form's header, columns (1)&ndash;(17) and the SDS link INDAH adds. Columns (11)&ndash;(12) apply to a
 * composite indicator, (13)&ndash;(15) to a non-composite one. A draft may leave any item blank.
 *
 * <p>Immutable. Text items are {@code null} when blank; lists, multiple choices and blocks are never {@code null}
 * (empty when not filled); the other items are {@code null} when not filled.
 *
 * @param header Header: Nama Kegiatan, Kode Kegiatan, Penyelenggara. INDAH: {@code ms_keg_id} (a link to the MS-Keg
 *        instead of a header).
 * @param number Column (1) Nomor.
 * @param name Column (2) Nama Indikator. INDAH: {@code nama}.
 * @param concept Column (3) Konsep. INDAH sends it as a one-element list. INDAH: {@code konsep}.
 * @param definition Column (4) Definisi. INDAH: {@code definisi}.
 * @param interpretation Column (5) Interpretasi. INDAH: {@code interpretasi}.
 * @param calculationMethod Column (6) Metode/Rumus Penghitungan, as text. INDAH: {@code metode_perhitungan}.
 * @param formulaLatex Column (6): the formula in LaTeX, as INDAH stores it. INDAH: {@code rumus}.
 * @param measure Column (7) Ukuran, e.g. Indeks, Persentase, Jumlah. INDAH: {@code ukuran}.
 * @param unit Column (8) Satuan, e.g. Persen, Orang, "(tanpa satuan)". INDAH: {@code satuan}.
 * @param presentationClassifications Column (9) Klasifikasi (Penyajian): the disaggregations, e.g. jenis kelamin.
 *        INDAH: {@code variabel_disaggregasi[].nama}.
 * @param composite Column (10) Apakah Kolom (2) Indikator Komposit? Ya is {@code true}. INDAH:
 *        {@code apakah_indikator_komposit}.
 * @param componentIndicatorPublication Column (11) Publikasi Ketersediaan Indikator Pembangun: a publication title
 *        or URL (composite only). INDAH: {@code indikator_pembangun[].ketersediaan_publikasi}.
 * @param componentIndicators Column (12) Nama Indikator Pembangun (composite only). INDAH:
 *        {@code indikator_pembangun[].nama}.
 * @param sourceActivities Column (13) Kegiatan Penghasil Variabel Pembangun (non-composite only). INDAH:
 *        {@code variabel_pembangun[].kegiatan_penghasil}.
 * @param sourceActivityCodes Column (14) Kode Kegiatan Penghasil Variabel Pembangun, filled by the BPS officer.
 * @param componentVariables Column (15) Nama Variabel Pembangun (non-composite only). INDAH:
 *        {@code variabel_pembangun[].nama}.
 * @param estimationLevel Column (16) Level Estimasi: the lowest level presented, e.g. Nasional, Provinsi (free
 *        text; no codes are printed). INDAH: {@code level_estimasi}.
 * @param publiclyAccessible Column (17) Apakah Kolom (2) dapat Diakses Umum? Ya is {@code true}. INDAH:
 *        {@code apakah_indikator_bisa_diakses_umum}.
 * @param sdsId The Standar Data Statistik entry the indicator follows (INDAH only). INDAH: {@code id_sds}.
 */
public record MsInd(
        ActivityHeader header,
        Integer number,
        String name,
        String concept,
        String definition,
        String interpretation,
        String calculationMethod,
        String formulaLatex,
        String measure,
        String unit,
        List<String> presentationClassifications,
        Boolean composite,
        String componentIndicatorPublication,
        List<String> componentIndicators,
        List<String> sourceActivities,
        List<String> sourceActivityCodes,
        List<String> componentVariables,
        String estimationLevel,
        Boolean publiclyAccessible,
        String sdsId) {

    /** The MsInd with nothing filled. */
    public static final MsInd EMPTY = builder().build();

    /** Normalises blank text to {@code null} and missing collections and blocks to empty; copies lists. */
    public MsInd {
        header = Values.orEmpty(header, ActivityHeader.EMPTY);
        name = Values.text(name);
        concept = Values.text(concept);
        definition = Values.text(definition);
        interpretation = Values.text(interpretation);
        calculationMethod = Values.text(calculationMethod);
        formulaLatex = Values.text(formulaLatex);
        measure = Values.text(measure);
        unit = Values.text(unit);
        presentationClassifications = Values.texts(presentationClassifications, "presentationClassifications");
        componentIndicatorPublication = Values.text(componentIndicatorPublication);
        componentIndicators = Values.texts(componentIndicators, "componentIndicators");
        sourceActivities = Values.texts(sourceActivities, "sourceActivities");
        sourceActivityCodes = Values.texts(sourceActivityCodes, "sourceActivityCodes");
        componentVariables = Values.texts(componentVariables, "componentVariables");
        estimationLevel = Values.text(estimationLevel);
        sdsId = Values.text(sdsId);
    }

    /** A builder with nothing filled. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.header = header;
        b.number = number;
        b.name = name;
        b.concept = concept;
        b.definition = definition;
        b.interpretation = interpretation;
        b.calculationMethod = calculationMethod;
        b.formulaLatex = formulaLatex;
        b.measure = measure;
        b.unit = unit;
        b.presentationClassifications.addAll(presentationClassifications);
        b.composite = composite;
        b.componentIndicatorPublication = componentIndicatorPublication;
        b.componentIndicators.addAll(componentIndicators);
        b.sourceActivities.addAll(sourceActivities);
        b.sourceActivityCodes.addAll(sourceActivityCodes);
        b.componentVariables.addAll(componentVariables);
        b.estimationLevel = estimationLevel;
        b.publiclyAccessible = publiclyAccessible;
        b.sdsId = sdsId;
        return b;
    }

    /** Builds a {@link MsInd}; any item may be left unset. Not thread-safe. */
    public static final class Builder {
        private ActivityHeader header;
        private Integer number;
        private String name;
        private String concept;
        private String definition;
        private String interpretation;
        private String calculationMethod;
        private String formulaLatex;
        private String measure;
        private String unit;
        private final List<String> presentationClassifications = new ArrayList<>();
        private Boolean composite;
        private String componentIndicatorPublication;
        private final List<String> componentIndicators = new ArrayList<>();
        private final List<String> sourceActivities = new ArrayList<>();
        private final List<String> sourceActivityCodes = new ArrayList<>();
        private final List<String> componentVariables = new ArrayList<>();
        private String estimationLevel;
        private Boolean publiclyAccessible;
        private String sdsId;

        private Builder() {
        }

        /**
         * Header: Nama Kegiatan, Kode Kegiatan, Penyelenggara. INDAH: {@code ms_keg_id} (a link to the MS-Keg
         * instead of a header).
         */
        public Builder header(ActivityHeader value) {
            this.header = value;
            return this;
        }

        /** Column (1) Nomor. */
        public Builder number(Integer value) {
            this.number = value;
            return this;
        }

        /** Column (2) Nama Indikator. INDAH: {@code nama}. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Column (3) Konsep. INDAH sends it as a one-element list. INDAH: {@code konsep}. */
        public Builder concept(String value) {
            this.concept = value;
            return this;
        }

        /** Column (4) Definisi. INDAH: {@code definisi}. */
        public Builder definition(String value) {
            this.definition = value;
            return this;
        }

        /** Column (5) Interpretasi. INDAH: {@code interpretasi}. */
        public Builder interpretation(String value) {
            this.interpretation = value;
            return this;
        }

        /** Column (6) Metode/Rumus Penghitungan, as text. INDAH: {@code metode_perhitungan}. */
        public Builder calculationMethod(String value) {
            this.calculationMethod = value;
            return this;
        }

        /** Column (6): the formula in LaTeX, as INDAH stores it. INDAH: {@code rumus}. */
        public Builder formulaLatex(String value) {
            this.formulaLatex = value;
            return this;
        }

        /** Column (7) Ukuran, e.g. Indeks, Persentase, Jumlah. INDAH: {@code ukuran}. */
        public Builder measure(String value) {
            this.measure = value;
            return this;
        }

        /** Column (8) Satuan, e.g. Persen, Orang, "(tanpa satuan)". INDAH: {@code satuan}. */
        public Builder unit(String value) {
            this.unit = value;
            return this;
        }

        /**
         * Replaces the entries of Column (9) Klasifikasi (Penyajian): the disaggregations, e.g. jenis kelamin.
         * INDAH: {@code variabel_disaggregasi[].nama}.
         */
        public Builder presentationClassifications(List<String> values) {
            Values.replace(presentationClassifications, values);
            return this;
        }

        /**
         * Adds one entry to Column (9) Klasifikasi (Penyajian): the disaggregations, e.g. jenis kelamin. INDAH:
         * {@code variabel_disaggregasi[].nama}.
         */
        public Builder addPresentationClassification(String value) {
            this.presentationClassifications.add(value);
            return this;
        }

        /**
         * Column (10) Apakah Kolom (2) Indikator Komposit? Ya is {@code true}. INDAH:
         * {@code apakah_indikator_komposit}.
         */
        public Builder composite(Boolean value) {
            this.composite = value;
            return this;
        }

        /**
         * Column (11) Publikasi Ketersediaan Indikator Pembangun: a publication title or URL (composite only).
         * INDAH: {@code indikator_pembangun[].ketersediaan_publikasi}.
         */
        public Builder componentIndicatorPublication(String value) {
            this.componentIndicatorPublication = value;
            return this;
        }

        /**
         * Replaces the entries of Column (12) Nama Indikator Pembangun (composite only). INDAH:
         * {@code indikator_pembangun[].nama}.
         */
        public Builder componentIndicators(List<String> values) {
            Values.replace(componentIndicators, values);
            return this;
        }

        /**
         * Adds one entry to Column (12) Nama Indikator Pembangun (composite only). INDAH:
         * {@code indikator_pembangun[].nama}.
         */
        public Builder addComponentIndicator(String value) {
            this.componentIndicators.add(value);
            return this;
        }

        /**
         * Replaces the entries of Column (13) Kegiatan Penghasil Variabel Pembangun (non-composite only). INDAH:
         * {@code variabel_pembangun[].kegiatan_penghasil}.
         */
        public Builder sourceActivities(List<String> values) {
            Values.replace(sourceActivities, values);
            return this;
        }

        /**
         * Adds one entry to Column (13) Kegiatan Penghasil Variabel Pembangun (non-composite only). INDAH:
         * {@code variabel_pembangun[].kegiatan_penghasil}.
         */
        public Builder addSourceActivity(String value) {
            this.sourceActivities.add(value);
            return this;
        }

        /**
         * Replaces the entries of Column (14) Kode Kegiatan Penghasil Variabel Pembangun, filled by the BPS
         * officer.
         */
        public Builder sourceActivityCodes(List<String> values) {
            Values.replace(sourceActivityCodes, values);
            return this;
        }

        /** Adds one entry to Column (14) Kode Kegiatan Penghasil Variabel Pembangun, filled by the BPS officer. */
        public Builder addSourceActivityCode(String value) {
            this.sourceActivityCodes.add(value);
            return this;
        }

        /**
         * Replaces the entries of Column (15) Nama Variabel Pembangun (non-composite only). INDAH:
         * {@code variabel_pembangun[].nama}.
         */
        public Builder componentVariables(List<String> values) {
            Values.replace(componentVariables, values);
            return this;
        }

        /**
         * Adds one entry to Column (15) Nama Variabel Pembangun (non-composite only). INDAH:
         * {@code variabel_pembangun[].nama}.
         */
        public Builder addComponentVariable(String value) {
            this.componentVariables.add(value);
            return this;
        }

        /**
         * Column (16) Level Estimasi: the lowest level presented, e.g. Nasional, Provinsi (free text; no codes are
         * printed). INDAH: {@code level_estimasi}.
         */
        public Builder estimationLevel(String value) {
            this.estimationLevel = value;
            return this;
        }

        /**
         * Column (17) Apakah Kolom (2) dapat Diakses Umum? Ya is {@code true}. INDAH:
         * {@code apakah_indikator_bisa_diakses_umum}.
         */
        public Builder publiclyAccessible(Boolean value) {
            this.publiclyAccessible = value;
            return this;
        }

        /** The Standar Data Statistik entry the indicator follows (INDAH only). INDAH: {@code id_sds}. */
        public Builder sdsId(String value) {
            this.sdsId = value;
            return this;
        }

        /** The MsInd; never throws for a missing item. */
        public MsInd build() {
            return new MsInd(header, number, name, concept, definition, interpretation, calculationMethod, formulaLatex, measure, unit, presentationClassifications, composite, componentIndicatorPublication, componentIndicators, sourceActivities, sourceActivityCodes, componentVariables, estimationLevel, publiclyAccessible, sdsId);
        }
    }
}
