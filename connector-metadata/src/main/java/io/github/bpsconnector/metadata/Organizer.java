package io.github.bpsconnector.metadata;

/**
 * Blok I Penyelenggara of MS-Keg: the institution that runs the activity.
 *
 * <p>Immutable. Text items are {@code null} when blank; lists, multiple choices and blocks are never {@code null}
 * (empty when not filled); the other items are {@code null} when not filled.
 *
 * @param institutionName R.1.1 Instansi Penyelenggara: the kementerian, lembaga or OPD. INDAH:
 *        {@code blok_i.instansi_penyelanggara} (sic).
 * @param contact R.1.2 Alamat Lengkap Instansi Penyelenggara: address, telephone, fax and e-mail. INDAH:
 *        {@code blok_i.alamat_instansi_penyelenggara}.
 */
public record Organizer(
        String institutionName,
        ContactDetails contact) {

    /** The Organizer with nothing filled. */
    public static final Organizer EMPTY = builder().build();

    /** Normalises blank text to {@code null} and missing collections and blocks to empty; copies lists. */
    public Organizer {
        institutionName = Values.text(institutionName);
        contact = Values.orEmpty(contact, ContactDetails.EMPTY);
    }

    /** A builder with nothing filled. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.institutionName = institutionName;
        b.contact = contact;
        return b;
    }

    /** Builds a {@link Organizer}; any item may be left unset. Not thread-safe. */
    public static final class Builder {
        private String institutionName;
        private ContactDetails contact;

        private Builder() {
        }

        /**
         * R.1.1 Instansi Penyelenggara: the kementerian, lembaga or OPD. INDAH:
         * {@code blok_i.instansi_penyelanggara} (sic).
         */
        public Builder institutionName(String value) {
            this.institutionName = value;
            return this;
        }

        /**
         * R.1.2 Alamat Lengkap Instansi Penyelenggara: address, telephone, fax and e-mail. INDAH:
         * {@code blok_i.alamat_instansi_penyelenggara}.
         */
        public Builder contact(ContactDetails value) {
            this.contact = value;
            return this;
        }

        /** The Organizer; never throws for a missing item. */
        public Organizer build() {
            return new Organizer(institutionName, contact);
        }
    }
}
