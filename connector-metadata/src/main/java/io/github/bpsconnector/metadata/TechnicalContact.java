package io.github.bpsconnector.metadata;

/**
 * R.2.2 Penanggung Jawab Teknis (setingkat Eselon 3) of MS-Keg Blok II.
 *
 * <p>Immutable. Text items are {@code null} when blank; lists, multiple choices and blocks are never {@code null}
 * (empty when not filled); the other items are {@code null} when not filled.
 *
 * @param name R.2.2 Nama. Not on the Perban 5/2020 paper form, but asked by INDAH and by the Romantik 2023 form.
 *        INDAH: {@code nama}.
 * @param position R.2.2 Jabatan; may be a third party such as a consultant. INDAH: {@code jabatan}.
 * @param contact R.2.2 Alamat, Telepon, Faksimile, E-mail. INDAH: {@code alamat}, telepon, faksimile, email (flat
 *        in penanggung_jawab_teknis).
 */
public record TechnicalContact(
        String name,
        String position,
        ContactDetails contact) {

    /** The TechnicalContact with nothing filled. */
    public static final TechnicalContact EMPTY = builder().build();

    /** Normalises blank text to {@code null} and missing collections and blocks to empty; copies lists. */
    public TechnicalContact {
        name = Values.text(name);
        position = Values.text(position);
        contact = Values.orEmpty(contact, ContactDetails.EMPTY);
    }

    /** A builder with nothing filled. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.position = position;
        b.contact = contact;
        return b;
    }

    /** Builds a {@link TechnicalContact}; any item may be left unset. Not thread-safe. */
    public static final class Builder {
        private String name;
        private String position;
        private ContactDetails contact;

        private Builder() {
        }

        /**
         * R.2.2 Nama. Not on the Perban 5/2020 paper form, but asked by INDAH and by the Romantik 2023 form. INDAH:
         * {@code nama}.
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** R.2.2 Jabatan; may be a third party such as a consultant. INDAH: {@code jabatan}. */
        public Builder position(String value) {
            this.position = value;
            return this;
        }

        /**
         * R.2.2 Alamat, Telepon, Faksimile, E-mail. INDAH: {@code alamat}, telepon, faksimile, email (flat in
         * penanggung_jawab_teknis).
         */
        public Builder contact(ContactDetails value) {
            this.contact = value;
            return this;
        }

        /** The TechnicalContact; never throws for a missing item. */
        public TechnicalContact build() {
            return new TechnicalContact(name, position, contact);
        }
    }
}
