package io.github.bpsconnector.workflow.document;

import java.time.LocalDate;

/**
 * The Produsen Data's side of the Surat Komitmen Pelaksanaan: the letterhead, the letter's own number, place and
 * date, and who signs it. Every item but {@code governmentName} is required when the letter is made; the record
 * itself accepts blanks so that all the gaps can be reported at once.
 *
 * @param governmentName the first letterhead line, e.g. {@code Pemerintah Kabupaten Jember}; {@code null} to leave
 *                       it out
 * @param institution    instansi, e.g. {@code Dinas Kesehatan}
 * @param address        the institution's address, as printed under its name
 * @param letterNumber   the Surat Komitmen's own number (nomor surat)
 * @param place          where it is signed (tempat), e.g. {@code Jember}
 * @param date           when it is signed (tanggal); not before the Surat Rekomendasi
 * @param signatory      who signs it
 */
public record ProducerDetails(String governmentName, String institution, String address, String letterNumber,
                              String place, LocalDate date, Signatory signatory) {

    /** Strips the texts; blank becomes {@code null}. */
    public ProducerDetails {
        governmentName = Texts.strip(governmentName);
        institution = Texts.strip(institution);
        address = Texts.strip(address);
        letterNumber = Texts.strip(letterNumber);
        place = Texts.strip(place);
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ProducerDetails}. Not thread-safe. */
    public static final class Builder {
        private String governmentName;
        private String institution;
        private String address;
        private String letterNumber;
        private String place;
        private LocalDate date;
        private Signatory signatory;

        private Builder() {
        }

        /** The first letterhead line, e.g. {@code Pemerintah Kabupaten Jember}; optional. */
        public Builder governmentName(String value) {
            this.governmentName = value;
            return this;
        }

        /** Instansi, e.g. {@code Dinas Kesehatan}. */
        public Builder institution(String value) {
            this.institution = value;
            return this;
        }

        /** The institution's address. */
        public Builder address(String value) {
            this.address = value;
            return this;
        }

        /** The Surat Komitmen's own number. */
        public Builder letterNumber(String value) {
            this.letterNumber = value;
            return this;
        }

        /** Where it is signed. */
        public Builder place(String value) {
            this.place = value;
            return this;
        }

        /** When it is signed. */
        public Builder date(LocalDate value) {
            this.date = value;
            return this;
        }

        /** Who signs it. */
        public Builder signatory(Signatory value) {
            this.signatory = value;
            return this;
        }

        /** The details; never throws for a missing item (see {@link ProducerDetails}). */
        public ProducerDetails build() {
            return new ProducerDetails(governmentName, institution, address, letterNumber, place, date, signatory);
        }
    }
}
