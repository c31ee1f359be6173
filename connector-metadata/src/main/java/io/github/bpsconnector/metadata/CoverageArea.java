package io.github.bpsconnector.metadata;

/**
 * One row of R.4.5 Wilayah Kegiatan (MS-Keg Blok IV): a province and optionally a kabupaten/kota. Codes are BPS
 * area codes as text; real fillings sometimes put free text such as "12 Kabupaten/ Kota" in a name.
 *
 * <p>Immutable. Text items are {@code null} when blank; lists, multiple choices and blocks are never {@code null}
 * (empty when not filled); the other items are {@code null} when not filled.
 *
 * @param provinceCode Kode provinsi (BPS, e.g. {@code "35"}). INDAH: {@code kode_provinsi}.
 * @param provinceName Provinsi. INDAH: {@code nama_provinsi}.
 * @param regencyCode Kode kabupaten/kota (BPS, e.g. {@code "3509"}). INDAH: {@code kode_kabupaten_kota}.
 * @param regencyName Kabupaten/Kota. INDAH: {@code nama_kabupaten_kota}.
 */
public record CoverageArea(
        String provinceCode,
        String provinceName,
        String regencyCode,
        String regencyName) {

    /** The CoverageArea with nothing filled. */
    public static final CoverageArea EMPTY = builder().build();

    /** Normalises blank text to {@code null} and missing collections and blocks to empty; copies lists. */
    public CoverageArea {
        provinceCode = Values.text(provinceCode);
        provinceName = Values.text(provinceName);
        regencyCode = Values.text(regencyCode);
        regencyName = Values.text(regencyName);
    }

    /** A builder with nothing filled. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.provinceCode = provinceCode;
        b.provinceName = provinceName;
        b.regencyCode = regencyCode;
        b.regencyName = regencyName;
        return b;
    }

    /** Builds a {@link CoverageArea}; any item may be left unset. Not thread-safe. */
    public static final class Builder {
        private String provinceCode;
        private String provinceName;
        private String regencyCode;
        private String regencyName;

        private Builder() {
        }

        /** Kode provinsi (BPS, e.g. {@code "35"}). INDAH: {@code kode_provinsi}. */
        public Builder provinceCode(String value) {
            this.provinceCode = value;
            return this;
        }

        /** Provinsi. INDAH: {@code nama_provinsi}. */
        public Builder provinceName(String value) {
            this.provinceName = value;
            return this;
        }

        /** Kode kabupaten/kota (BPS, e.g. {@code "3509"}). INDAH: {@code kode_kabupaten_kota}. */
        public Builder regencyCode(String value) {
            this.regencyCode = value;
            return this;
        }

        /** Kabupaten/Kota. INDAH: {@code nama_kabupaten_kota}. */
        public Builder regencyName(String value) {
            this.regencyName = value;
            return this;
        }

        /** The CoverageArea; never throws for a missing item. */
        public CoverageArea build() {
            return new CoverageArea(provinceCode, provinceName, regencyCode, regencyName);
        }
    }
}
