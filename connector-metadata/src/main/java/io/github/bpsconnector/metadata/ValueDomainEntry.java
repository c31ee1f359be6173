package io.github.bpsconnector.metadata;

/**
 * One entry of MS-Var column (9) Klasifikasi Isian (domain value): a code and its meaning, e.g. {@code 1 = tidak
 * puas}. INDAH: {@code value_domain[{kode, nilai}]}.
 *
 * <p>Immutable. Text items are {@code null} when blank; lists, multiple choices and blocks are never {@code null}
 * (empty when not filled); the other items are {@code null} when not filled.
 *
 * @param code The code as written (kode). INDAH: {@code kode}.
 * @param label Its meaning (nilai). INDAH: {@code nilai}.
 */
public record ValueDomainEntry(
        String code,
        String label) {

    /** The ValueDomainEntry with nothing filled. */
    public static final ValueDomainEntry EMPTY = builder().build();

    /** Normalises blank text to {@code null} and missing collections and blocks to empty; copies lists. */
    public ValueDomainEntry {
        code = Values.text(code);
        label = Values.text(label);
    }

    /** A builder with nothing filled. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.code = code;
        b.label = label;
        return b;
    }

    /** Builds a {@link ValueDomainEntry}; any item may be left unset. Not thread-safe. */
    public static final class Builder {
        private String code;
        private String label;

        private Builder() {
        }

        /** The code as written (kode). INDAH: {@code kode}. */
        public Builder code(String value) {
            this.code = value;
            return this;
        }

        /** Its meaning (nilai). INDAH: {@code nilai}. */
        public Builder label(String value) {
            this.label = value;
            return this;
        }

        /** The ValueDomainEntry; never throws for a missing item. */
        public ValueDomainEntry build() {
            return new ValueDomainEntry(code, label);
        }
    }
}
