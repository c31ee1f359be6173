package io.github.bpsconnector.metadata;

/**
 * One row of R.3.4 Variabel (Karakteristik) yang Dikumpulkan in MS-Keg Blok III.
 *
 * <p>Immutable. Text items are {@code null} when blank; lists, multiple choices and blocks are never {@code null}
 * (empty when not filled); the other items are {@code null} when not filled.
 *
 * @param name Nama Variabel. INDAH: {@code nama}.
 * @param concept Konsep (dropped by the Romantik 2023 form). INDAH: {@code konsep}.
 * @param definition Definisi. INDAH: {@code definisi}.
 * @param timeReference Referensi Waktu (Periode Enumerasi). INDAH: {@code referensi_waktu}.
 */
public record CollectedVariable(
        String name,
        String concept,
        String definition,
        String timeReference) {

    /** The CollectedVariable with nothing filled. */
    public static final CollectedVariable EMPTY = builder().build();

    /** Normalises blank text to {@code null} and missing collections and blocks to empty; copies lists. */
    public CollectedVariable {
        name = Values.text(name);
        concept = Values.text(concept);
        definition = Values.text(definition);
        timeReference = Values.text(timeReference);
    }

    /** A builder with nothing filled. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.concept = concept;
        b.definition = definition;
        b.timeReference = timeReference;
        return b;
    }

    /** Builds a {@link CollectedVariable}; any item may be left unset. Not thread-safe. */
    public static final class Builder {
        private String name;
        private String concept;
        private String definition;
        private String timeReference;

        private Builder() {
        }

        /** Nama Variabel. INDAH: {@code nama}. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Konsep (dropped by the Romantik 2023 form). INDAH: {@code konsep}. */
        public Builder concept(String value) {
            this.concept = value;
            return this;
        }

        /** Definisi. INDAH: {@code definisi}. */
        public Builder definition(String value) {
            this.definition = value;
            return this;
        }

        /** Referensi Waktu (Periode Enumerasi). INDAH: {@code referensi_waktu}. */
        public Builder timeReference(String value) {
            this.timeReference = value;
            return this;
        }

        /** The CollectedVariable; never throws for a missing item. */
        public CollectedVariable build() {
            return new CollectedVariable(name, concept, definition, timeReference);
        }
    }
}
