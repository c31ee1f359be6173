package io.github.bpsconnector.metadata;

/**
 * The header that MS-Var and MS-Ind repeat above their rows: which activity the row belongs to.
 *
 * <p>Immutable. Text items are {@code null} when blank; lists, multiple choices and blocks are never {@code null}
 * (empty when not filled); the other items are {@code null} when not filled.
 *
 * @param title Nama Kegiatan; must equal the MS-Keg Judul Kegiatan.
 * @param code Kode Kegiatan, filled by the BPS officer (diisi oleh petugas).
 * @param organizer Penyelenggara (instansi and unit kerja penanggung jawab).
 */
public record ActivityHeader(
        String title,
        String code,
        String organizer) {

    /** The ActivityHeader with nothing filled. */
    public static final ActivityHeader EMPTY = builder().build();

    /** Normalises blank text to {@code null} and missing collections and blocks to empty; copies lists. */
    public ActivityHeader {
        title = Values.text(title);
        code = Values.text(code);
        organizer = Values.text(organizer);
    }

    /** A builder with nothing filled. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.title = title;
        b.code = code;
        b.organizer = organizer;
        return b;
    }

    /** Builds a {@link ActivityHeader}; any item may be left unset. Not thread-safe. */
    public static final class Builder {
        private String title;
        private String code;
        private String organizer;

        private Builder() {
        }

        /** Nama Kegiatan; must equal the MS-Keg Judul Kegiatan. */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /** Kode Kegiatan, filled by the BPS officer (diisi oleh petugas). */
        public Builder code(String value) {
            this.code = value;
            return this;
        }

        /** Penyelenggara (instansi and unit kerja penanggung jawab). */
        public Builder organizer(String value) {
            this.organizer = value;
            return this;
        }

        /** The ActivityHeader; never throws for a missing item. */
        public ActivityHeader build() {
            return new ActivityHeader(title, code, organizer);
        }
    }
}
