package io.github.bpsconnector.metadata;

/**
 * Address and contact lines shared by R.1.2 (the organising institution) and R.2.2 (the technical contact): Alamat,
 * Telepon, Faksimile, E-mail.
 *
 * <p>Immutable. Text items are {@code null} when blank; lists, multiple choices and blocks are never {@code null}
 * (empty when not filled); the other items are {@code null} when not filled.
 *
 * @param address Alamat lengkap. INDAH: {@code alamat}.
 * @param phone Telepon. INDAH: {@code telepon}.
 * @param fax Faksimile; often blank on real forms (INDAH integrations send {@code "-"}). INDAH: {@code faksimile}.
 * @param email E-mail. INDAH: {@code email}.
 */
public record ContactDetails(
        String address,
        String phone,
        String fax,
        String email) {

    /** The ContactDetails with nothing filled. */
    public static final ContactDetails EMPTY = builder().build();

    /** Normalises blank text to {@code null} and missing collections and blocks to empty; copies lists. */
    public ContactDetails {
        address = Values.text(address);
        phone = Values.text(phone);
        fax = Values.text(fax);
        email = Values.text(email);
    }

    /** A builder with nothing filled. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.address = address;
        b.phone = phone;
        b.fax = fax;
        b.email = email;
        return b;
    }

    /** Builds a {@link ContactDetails}; any item may be left unset. Not thread-safe. */
    public static final class Builder {
        private String address;
        private String phone;
        private String fax;
        private String email;

        private Builder() {
        }

        /** Alamat lengkap. INDAH: {@code alamat}. */
        public Builder address(String value) {
            this.address = value;
            return this;
        }

        /** Telepon. INDAH: {@code telepon}. */
        public Builder phone(String value) {
            this.phone = value;
            return this;
        }

        /** Faksimile; often blank on real forms (INDAH integrations send {@code "-"}). INDAH: {@code faksimile}. */
        public Builder fax(String value) {
            this.fax = value;
            return this;
        }

        /** E-mail. INDAH: {@code email}. */
        public Builder email(String value) {
            this.email = value;
            return this;
        }

        /** The ContactDetails; never throws for a missing item. */
        public ContactDetails build() {
            return new ContactDetails(address, phone, fax, email);
        }
    }
}
