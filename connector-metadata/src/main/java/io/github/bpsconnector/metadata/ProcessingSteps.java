package io.github.bpsconnector.metadata;

/**
 * R.7.1 Tahapan Pengolahan Data of MS-Keg Blok VII: a Ya/Tidak for each step.
 *
 * <p>Immutable. Text items are {@code null} when blank; lists, multiple choices and blocks are never {@code null}
 * (empty when not filled); the other items are {@code null} when not filled.
 *
 * @param editing Penyuntingan (Editing); Ya is {@code true}. INDAH: {@code editing}.
 * @param coding Penyandian (Coding); Ya is {@code true}. INDAH: {@code coding}.
 * @param dataEntry Data Entry; Ya is {@code true}. INDAH: {@code data_entry}.
 * @param validation Penyahihan (Validasi); Ya is {@code true}. INDAH: {@code validasi}.
 */
public record ProcessingSteps(
        Boolean editing,
        Boolean coding,
        Boolean dataEntry,
        Boolean validation) {

    /** The ProcessingSteps with nothing filled. */
    public static final ProcessingSteps EMPTY = builder().build();

    /** A builder with nothing filled. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.editing = editing;
        b.coding = coding;
        b.dataEntry = dataEntry;
        b.validation = validation;
        return b;
    }

    /** Builds a {@link ProcessingSteps}; any item may be left unset. Not thread-safe. */
    public static final class Builder {
        private Boolean editing;
        private Boolean coding;
        private Boolean dataEntry;
        private Boolean validation;

        private Builder() {
        }

        /** Penyuntingan (Editing); Ya is {@code true}. INDAH: {@code editing}. */
        public Builder editing(Boolean value) {
            this.editing = value;
            return this;
        }

        /** Penyandian (Coding); Ya is {@code true}. INDAH: {@code coding}. */
        public Builder coding(Boolean value) {
            this.coding = value;
            return this;
        }

        /** Data Entry; Ya is {@code true}. INDAH: {@code data_entry}. */
        public Builder dataEntry(Boolean value) {
            this.dataEntry = value;
            return this;
        }

        /** Penyahihan (Validasi); Ya is {@code true}. INDAH: {@code validasi}. */
        public Builder validation(Boolean value) {
            this.validation = value;
            return this;
        }

        /** The ProcessingSteps; never throws for a missing item. */
        public ProcessingSteps build() {
            return new ProcessingSteps(editing, coding, dataEntry, validation);
        }
    }
}
