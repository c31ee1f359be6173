package io.github.bpsconnector.metadata;

import java.util.ArrayList;
import java.util.List;

/**
 * MS-Var, Metadata Statistik Variabel (Peraturan BPS 5/2020, Instrumen B): one variable, i.e. one row of the form
 * with the form's header, columns (1)&ndash;(12), and the items INDAH adds (ukuran, satuan, SDS link). A draft may
 * leave any item blank.
 *
 * <p>Immutable. Text items are {@code null} when blank; lists, multiple choices and blocks are never {@code null}
 * (empty when not filled); the other items are {@code null} when not filled.
 *
 * @param header Header: Nama Kegiatan, Kode Kegiatan, Penyelenggara. INDAH: {@code ms_keg_id} (a link to the MS-Keg
 *        instead of a header).
 * @param number Column (1) Nomor.
 * @param name Column (2) Nama Variabel; not abbreviated. INDAH: {@code nama}.
 * @param alias Column (3) Alias: a short unique code, e.g. the questionnaire block and row {@code B1R5K1}. INDAH:
 *        {@code alias}.
 * @param concept Column (4) Konsep. INDAH sends it as a one-element list. INDAH: {@code konsep}.
 * @param definition Column (5) Definisi. INDAH: {@code definisi}.
 * @param selectionReferences Column (6) Referensi Pemilihan: the regulations or international references the
 *        variable follows. INDAH: {@code referensi_pemilihan}.
 * @param timeReference Column (7) Referensi Waktu, e.g. "saat pencacahan". INDAH: {@code referensi_waktu}.
 * @param dataType Column (8) Tipe Data as written (Perban lists Integer, Float, Char/Karakter, String, Array; INDAH
 *        takes free text). INDAH: {@code tipe_data}.
 * @param valueDomain Column (9) Klasifikasi Isian: the codes of a categorical variable. INDAH:
 *        {@code value_domain}.
 * @param classificationReference Column (9): the reference classification the codes follow. INDAH:
 *        {@code klasifikasi_rujukan_value_domain}.
 * @param validationRules Column (10) Aturan Validasi; may be empty. INDAH: {@code aturan_validasi}.
 * @param questionText Column (11) Kalimat Pertanyaan: the literal question or statement. INDAH:
 *        {@code kalimat_pertanyaan}.
 * @param publiclyAccessible Column (12) Apakah Kolom (2) Dapat Diakses Umum? Ya (publik) is {@code true}. INDAH:
 *        {@code apakah_variabel_bisa_diakses_umum}.
 * @param measure Ukuran (INDAH only; optional). INDAH: {@code ukuran}.
 * @param unit Satuan (INDAH only; optional). INDAH: {@code satuan}.
 * @param sdsId The Standar Data Statistik entry the variable follows, e.g. {@code SP00125.01.00} (INDAH only).
 *        INDAH: {@code id_sds}.
 */
public record MsVar(
        ActivityHeader header,
        Integer number,
        String name,
        String alias,
        String concept,
        String definition,
        List<String> selectionReferences,
        String timeReference,
        String dataType,
        List<ValueDomainEntry> valueDomain,
        String classificationReference,
        List<String> validationRules,
        String questionText,
        Boolean publiclyAccessible,
        String measure,
        String unit,
        String sdsId) {

    /** The MsVar with nothing filled. */
    public static final MsVar EMPTY = builder().build();

    /** Normalises blank text to {@code null} and missing collections and blocks to empty; copies lists. */
    public MsVar {
        header = Values.orEmpty(header, ActivityHeader.EMPTY);
        name = Values.text(name);
        alias = Values.text(alias);
        concept = Values.text(concept);
        definition = Values.text(definition);
        selectionReferences = Values.texts(selectionReferences, "selectionReferences");
        timeReference = Values.text(timeReference);
        dataType = Values.text(dataType);
        valueDomain = Values.list(valueDomain, "valueDomain");
        classificationReference = Values.text(classificationReference);
        validationRules = Values.texts(validationRules, "validationRules");
        questionText = Values.text(questionText);
        measure = Values.text(measure);
        unit = Values.text(unit);
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
        b.alias = alias;
        b.concept = concept;
        b.definition = definition;
        b.selectionReferences.addAll(selectionReferences);
        b.timeReference = timeReference;
        b.dataType = dataType;
        b.valueDomain.addAll(valueDomain);
        b.classificationReference = classificationReference;
        b.validationRules.addAll(validationRules);
        b.questionText = questionText;
        b.publiclyAccessible = publiclyAccessible;
        b.measure = measure;
        b.unit = unit;
        b.sdsId = sdsId;
        return b;
    }

    /** Builds a {@link MsVar}; any item may be left unset. Not thread-safe. */
    public static final class Builder {
        private ActivityHeader header;
        private Integer number;
        private String name;
        private String alias;
        private String concept;
        private String definition;
        private final List<String> selectionReferences = new ArrayList<>();
        private String timeReference;
        private String dataType;
        private final List<ValueDomainEntry> valueDomain = new ArrayList<>();
        private String classificationReference;
        private final List<String> validationRules = new ArrayList<>();
        private String questionText;
        private Boolean publiclyAccessible;
        private String measure;
        private String unit;
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

        /** Column (2) Nama Variabel; not abbreviated. INDAH: {@code nama}. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Column (3) Alias: a short unique code, e.g. the questionnaire block and row {@code B1R5K1}. INDAH:
         * {@code alias}.
         */
        public Builder alias(String value) {
            this.alias = value;
            return this;
        }

        /** Column (4) Konsep. INDAH sends it as a one-element list. INDAH: {@code konsep}. */
        public Builder concept(String value) {
            this.concept = value;
            return this;
        }

        /** Column (5) Definisi. INDAH: {@code definisi}. */
        public Builder definition(String value) {
            this.definition = value;
            return this;
        }

        /**
         * Replaces the entries of Column (6) Referensi Pemilihan: the regulations or international references the
         * variable follows. INDAH: {@code referensi_pemilihan}.
         */
        public Builder selectionReferences(List<String> values) {
            Values.replace(selectionReferences, values);
            return this;
        }

        /**
         * Adds one entry to Column (6) Referensi Pemilihan: the regulations or international references the
         * variable follows. INDAH: {@code referensi_pemilihan}.
         */
        public Builder addSelectionReference(String value) {
            this.selectionReferences.add(value);
            return this;
        }

        /** Column (7) Referensi Waktu, e.g. "saat pencacahan". INDAH: {@code referensi_waktu}. */
        public Builder timeReference(String value) {
            this.timeReference = value;
            return this;
        }

        /**
         * Column (8) Tipe Data as written (Perban lists Integer, Float, Char/Karakter, String, Array; INDAH takes
         * free text). INDAH: {@code tipe_data}.
         */
        public Builder dataType(String value) {
            this.dataType = value;
            return this;
        }

        /**
         * Replaces the entries of Column (9) Klasifikasi Isian: the codes of a categorical variable. INDAH:
         * {@code value_domain}.
         */
        public Builder valueDomain(List<ValueDomainEntry> values) {
            Values.replace(valueDomain, values);
            return this;
        }

        /**
         * Adds one entry to Column (9) Klasifikasi Isian: the codes of a categorical variable. INDAH:
         * {@code value_domain}.
         */
        public Builder addValueDomainEntry(ValueDomainEntry value) {
            this.valueDomain.add(value);
            return this;
        }

        /**
         * Column (9): the reference classification the codes follow. INDAH:
         * {@code klasifikasi_rujukan_value_domain}.
         */
        public Builder classificationReference(String value) {
            this.classificationReference = value;
            return this;
        }

        /** Replaces the entries of Column (10) Aturan Validasi; may be empty. INDAH: {@code aturan_validasi}. */
        public Builder validationRules(List<String> values) {
            Values.replace(validationRules, values);
            return this;
        }

        /** Adds one entry to Column (10) Aturan Validasi; may be empty. INDAH: {@code aturan_validasi}. */
        public Builder addValidationRule(String value) {
            this.validationRules.add(value);
            return this;
        }

        /** Column (11) Kalimat Pertanyaan: the literal question or statement. INDAH: {@code kalimat_pertanyaan}. */
        public Builder questionText(String value) {
            this.questionText = value;
            return this;
        }

        /**
         * Column (12) Apakah Kolom (2) Dapat Diakses Umum? Ya (publik) is {@code true}. INDAH:
         * {@code apakah_variabel_bisa_diakses_umum}.
         */
        public Builder publiclyAccessible(Boolean value) {
            this.publiclyAccessible = value;
            return this;
        }

        /** Ukuran (INDAH only; optional). INDAH: {@code ukuran}. */
        public Builder measure(String value) {
            this.measure = value;
            return this;
        }

        /** Satuan (INDAH only; optional). INDAH: {@code satuan}. */
        public Builder unit(String value) {
            this.unit = value;
            return this;
        }

        /**
         * The Standar Data Statistik entry the variable follows, e.g. {@code SP00125.01.00} (INDAH only). INDAH:
         * {@code id_sds}.
         */
        public Builder sdsId(String value) {
            this.sdsId = value;
            return this;
        }

        /** The MsVar; never throws for a missing item. */
        public MsVar build() {
            return new MsVar(header, number, name, alias, concept, definition, selectionReferences, timeReference, dataType, valueDomain, classificationReference, validationRules, questionText, publiclyAccessible, measure, unit, sdsId);
        }
    }
}
