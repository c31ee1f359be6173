package io.github.bpsconnector.metadata;

/**
 * Blok II Penanggung Jawab of MS-Keg.
 *
 * <p>Immutable. Text items are {@code null} when blank; lists, multiple choices and blocks are never {@code null}
 * (empty when not filled); the other items are {@code null} when not filled.
 *
 * @param echelon1 R.2.1 Unit Eselon Penanggung Jawab: Eselon 1; blank for most OPDs. INDAH:
 *        {@code blok_ii.unit_penanggung_jawab.eselon1}.
 * @param echelon2 R.2.1 Unit Eselon Penanggung Jawab: Eselon 2. INDAH:
 *        {@code blok_ii.unit_penanggung_jawab.eselon2}.
 * @param technicalContact R.2.2 Penanggung Jawab Teknis (setingkat Eselon 3). INDAH:
 *        {@code blok_ii.penanggung_jawab_teknis}.
 */
public record Responsibility(
        String echelon1,
        String echelon2,
        TechnicalContact technicalContact) {

    /** The Responsibility with nothing filled. */
    public static final Responsibility EMPTY = builder().build();

    /** Normalises blank text to {@code null} and missing collections and blocks to empty; copies lists. */
    public Responsibility {
        echelon1 = Values.text(echelon1);
        echelon2 = Values.text(echelon2);
        technicalContact = Values.orEmpty(technicalContact, TechnicalContact.EMPTY);
    }

    /** A builder with nothing filled. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.echelon1 = echelon1;
        b.echelon2 = echelon2;
        b.technicalContact = technicalContact;
        return b;
    }

    /** Builds a {@link Responsibility}; any item may be left unset. Not thread-safe. */
    public static final class Builder {
        private String echelon1;
        private String echelon2;
        private TechnicalContact technicalContact;

        private Builder() {
        }

        /**
         * R.2.1 Unit Eselon Penanggung Jawab: Eselon 1; blank for most OPDs. INDAH:
         * {@code blok_ii.unit_penanggung_jawab.eselon1}.
         */
        public Builder echelon1(String value) {
            this.echelon1 = value;
            return this;
        }

        /** R.2.1 Unit Eselon Penanggung Jawab: Eselon 2. INDAH: {@code blok_ii.unit_penanggung_jawab.eselon2}. */
        public Builder echelon2(String value) {
            this.echelon2 = value;
            return this;
        }

        /** R.2.2 Penanggung Jawab Teknis (setingkat Eselon 3). INDAH: {@code blok_ii.penanggung_jawab_teknis}. */
        public Builder technicalContact(TechnicalContact value) {
            this.technicalContact = value;
            return this;
        }

        /** The Responsibility; never throws for a missing item. */
        public Responsibility build() {
            return new Responsibility(echelon1, echelon2, technicalContact);
        }
    }
}
