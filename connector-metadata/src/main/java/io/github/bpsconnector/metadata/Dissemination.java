package io.github.bpsconnector.metadata;

/**
 * Blok VIII Diseminasi Hasil of MS-Keg: R.8.1 and R.8.2 for each product.
 *
 * <p>Immutable. Text items are {@code null} when blank; lists, multiple choices and blocks are never {@code null}
 * (empty when not filled); the other items are {@code null} when not filled.
 *
 * @param printed Tercetak (hardcopy). INDAH: {@code tercetak}.
 * @param digital Digital (softcopy). INDAH: {@code digital}.
 * @param microdata Data mikro. INDAH: {@code mikrodata}.
 */
public record Dissemination(
        ProductAvailability printed,
        ProductAvailability digital,
        ProductAvailability microdata) {

    /** The Dissemination with nothing filled. */
    public static final Dissemination EMPTY = builder().build();

    /** Normalises blank text to {@code null} and missing collections and blocks to empty; copies lists. */
    public Dissemination {
        printed = Values.orEmpty(printed, ProductAvailability.EMPTY);
        digital = Values.orEmpty(digital, ProductAvailability.EMPTY);
        microdata = Values.orEmpty(microdata, ProductAvailability.EMPTY);
    }

    /** A builder with nothing filled. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.printed = printed;
        b.digital = digital;
        b.microdata = microdata;
        return b;
    }

    /** Builds a {@link Dissemination}; any item may be left unset. Not thread-safe. */
    public static final class Builder {
        private ProductAvailability printed;
        private ProductAvailability digital;
        private ProductAvailability microdata;

        private Builder() {
        }

        /** Tercetak (hardcopy). INDAH: {@code tercetak}. */
        public Builder printed(ProductAvailability value) {
            this.printed = value;
            return this;
        }

        /** Digital (softcopy). INDAH: {@code digital}. */
        public Builder digital(ProductAvailability value) {
            this.digital = value;
            return this;
        }

        /** Data mikro. INDAH: {@code mikrodata}. */
        public Builder microdata(ProductAvailability value) {
            this.microdata = value;
            return this;
        }

        /** The Dissemination; never throws for a missing item. */
        public Dissemination build() {
            return new Dissemination(printed, digital, microdata);
        }
    }
}
