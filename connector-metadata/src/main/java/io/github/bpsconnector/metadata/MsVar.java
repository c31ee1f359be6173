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
 * @param activityTitle Header: Nama Kegiatan; must equal the MS-Keg Judul Kegiatan.
 * @param activityCode Header: Kode Kegiatan, filled by the BPS officer (diisi oleh petugas).
 * @param organizer Header: Penyelenggara (instansi and unit kerja penanggung jawab).
 * @param number Column (1) Nomor.
 * @param name Column (2) Nama Variabel; not abbreviated.
 * @param alias Column (3) Alias: a short unique code, e.g. the questionnaire block and row {@code B1R5K1}.
 * @param concept Column (4) Konsep. INDAH sends it as a one-element list.
 * @param definition Column (5) Definisi.
 * @param selectionReferences Column (6) Referensi Pemilihan: the regulations or international references the
 *        variable follows.
 * @param timeReference Column (7) Referensi Waktu, e.g. "saat pencacahan".
 * @param dataType Column (8) Tipe Data as written (Perban lists Integer, Float, Char/Karakter, String, Array; INDAH
 *        takes free text).
 * @param valueDomain Column (9) Klasifikasi Isian: the codes of a categorical variable.
 * @param classificationReference Column (9): the reference classification the codes follow (INDAH {@code
 *        klasifikasi_rujukan_value_domain}).
 * @param validationRules Column (10) Aturan Validasi; may be empty.
 * @param questionText Column (11) Kalimat Pertanyaan: the literal question or statement.
 * @param publiclyAccessible Column (12) Apakah Kolom (2) Dapat Diakses Umum? Ya (publik) is {@code true}.
 * @param measure Ukuran (INDAH only; optional).
 * @param unit Satuan (INDAH only; optional).
 * @param sdsId The Standar Data Statistik entry the variable follows (INDAH {@code id_sds}, e.g. {@code
 *        SP00125.01.00}).
 */
public record MsVar(
        String activityTitle,
        String activityCode,
        String organizer,
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
        activityTitle = Values.text(activityTitle);
        activityCode = Values.text(activityCode);
        organizer = Values.text(organizer);
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
        b.activityTitle = activityTitle;
        b.activityCode = activityCode;
        b.organizer = organizer;
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
        private String activityTitle;
        private String activityCode;
        private String organizer;
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

        /** Header: Nama Kegiatan; must equal the MS-Keg Judul Kegiatan. */
        public Builder activityTitle(String value) {
            this.activityTitle = value;
            return this;
        }

        /** Header: Kode Kegiatan, filled by the BPS officer (diisi oleh petugas). */
        public Builder activityCode(String value) {
            this.activityCode = value;
            return this;
        }

        /** Header: Penyelenggara (instansi and unit kerja penanggung jawab). */
        public Builder organizer(String value) {
            this.organizer = value;
            return this;
        }

        /** Column (1) Nomor. */
        public Builder number(Integer value) {
            this.number = value;
            return this;
        }

        /** Column (2) Nama Variabel; not abbreviated. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Column (3) Alias: a short unique code, e.g. the questionnaire block and row {@code B1R5K1}. */
        public Builder alias(String value) {
            this.alias = value;
            return this;
        }

        /** Column (4) Konsep. INDAH sends it as a one-element list. */
        public Builder concept(String value) {
            this.concept = value;
            return this;
        }

        /** Column (5) Definisi. */
        public Builder definition(String value) {
            this.definition = value;
            return this;
        }

        /**
         * Replaces the entries of Column (6) Referensi Pemilihan: the regulations or international references the
         * variable follows.
         */
        public Builder selectionReferences(List<String> values) {
            this.selectionReferences.clear();
            if (values != null) {
                this.selectionReferences.addAll(values);
            }
            return this;
        }

        /**
         * Adds one entry to Column (6) Referensi Pemilihan: the regulations or international references the
         * variable follows.
         */
        public Builder addSelectionReference(String value) {
            this.selectionReferences.add(value);
            return this;
        }

        /** Column (7) Referensi Waktu, e.g. "saat pencacahan". */
        public Builder timeReference(String value) {
            this.timeReference = value;
            return this;
        }

        /**
         * Column (8) Tipe Data as written (Perban lists Integer, Float, Char/Karakter, String, Array; INDAH takes
         * free text).
         */
        public Builder dataType(String value) {
            this.dataType = value;
            return this;
        }

        /** Replaces the entries of Column (9) Klasifikasi Isian: the codes of a categorical variable. */
        public Builder valueDomain(List<ValueDomainEntry> values) {
            this.valueDomain.clear();
            if (values != null) {
                this.valueDomain.addAll(values);
            }
            return this;
        }

        /** Adds one entry to Column (9) Klasifikasi Isian: the codes of a categorical variable. */
        public Builder addValueDomainEntry(ValueDomainEntry value) {
            this.valueDomain.add(value);
            return this;
        }

        /**
         * Column (9): the reference classification the codes follow (INDAH {@code
         * klasifikasi_rujukan_value_domain}).
         */
        public Builder classificationReference(String value) {
            this.classificationReference = value;
            return this;
        }

        /** Replaces the entries of Column (10) Aturan Validasi; may be empty. */
        public Builder validationRules(List<String> values) {
            this.validationRules.clear();
            if (values != null) {
                this.validationRules.addAll(values);
            }
            return this;
        }

        /** Adds one entry to Column (10) Aturan Validasi; may be empty. */
        public Builder addValidationRule(String value) {
            this.validationRules.add(value);
            return this;
        }

        /** Column (11) Kalimat Pertanyaan: the literal question or statement. */
        public Builder questionText(String value) {
            this.questionText = value;
            return this;
        }

        /** Column (12) Apakah Kolom (2) Dapat Diakses Umum? Ya (publik) is {@code true}. */
        public Builder publiclyAccessible(Boolean value) {
            this.publiclyAccessible = value;
            return this;
        }

        /** Ukuran (INDAH only; optional). */
        public Builder measure(String value) {
            this.measure = value;
            return this;
        }

        /** Satuan (INDAH only; optional). */
        public Builder unit(String value) {
            this.unit = value;
            return this;
        }

        /** The Standar Data Statistik entry the variable follows (INDAH {@code id_sds}, e.g. {@code SP00125.01.00}). */
        public Builder sdsId(String value) {
            this.sdsId = value;
            return this;
        }

        /** The MsVar; never throws for a missing item. */
        public MsVar build() {
            return new MsVar(activityTitle, activityCode, organizer, number, name, alias, concept, definition, selectionReferences, timeReference, dataType, valueDomain, classificationReference, validationRules, questionText, publiclyAccessible, measure, unit, sdsId);
        }
    }
}
