package io.github.bpsconnector.metadata;

import java.util.ArrayList;
import java.util.List;

/**
 * One product line of MS-Keg Blok VIII: whether it is available to the public (R.8.1) and when it is planned to be
 * released (R.8.2).
 *
 * <p>Immutable. Text items are {@code null} when blank; lists, multiple choices and blocks are never {@code null}
 * (empty when not filled); the other items are {@code null} when not filled.
 *
 * @param available R.8.1 Produk Kegiatan yang Tersedia untuk Umum: Ya is {@code true}. INDAH:
 *        {@code blok_viii.ketersediaan_produk_tercetak|digital|mikrodata}.
 * @param releasePlan R.8.2 Rencana Rilis Produk Kegiatan: planned release dates (INDAH allows several); asked only
 *        when R.8.1 is Ya. Not on the Romantik 2023 form. INDAH:
 *        {@code blok_viii.rencana_jadwal_rilis_produk_tercetak|digital|mikrodata}.
 */
public record ProductAvailability(
        Boolean available,
        List<PartialDate> releasePlan) {

    /** The ProductAvailability with nothing filled. */
    public static final ProductAvailability EMPTY = builder().build();

    /** Normalises blank text to {@code null} and missing collections and blocks to empty; copies lists. */
    public ProductAvailability {
        releasePlan = Values.list(releasePlan, "releasePlan");
    }

    /** A builder with nothing filled. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.available = available;
        b.releasePlan.addAll(releasePlan);
        return b;
    }

    /** Builds a {@link ProductAvailability}; any item may be left unset. Not thread-safe. */
    public static final class Builder {
        private Boolean available;
        private final List<PartialDate> releasePlan = new ArrayList<>();

        private Builder() {
        }

        /**
         * R.8.1 Produk Kegiatan yang Tersedia untuk Umum: Ya is {@code true}. INDAH:
         * {@code blok_viii.ketersediaan_produk_tercetak|digital|mikrodata}.
         */
        public Builder available(Boolean value) {
            this.available = value;
            return this;
        }

        /**
         * Replaces the entries of R.8.2 Rencana Rilis Produk Kegiatan: planned release dates (INDAH allows
         * several); asked only when R.8.1 is Ya. Not on the Romantik 2023 form. INDAH:
         * {@code blok_viii.rencana_jadwal_rilis_produk_tercetak|digital|mikrodata}.
         */
        public Builder releasePlan(List<PartialDate> values) {
            Values.replace(releasePlan, values);
            return this;
        }

        /**
         * Adds one entry to R.8.2 Rencana Rilis Produk Kegiatan: planned release dates (INDAH allows several);
         * asked only when R.8.1 is Ya. Not on the Romantik 2023 form. INDAH:
         * {@code blok_viii.rencana_jadwal_rilis_produk_tercetak|digital|mikrodata}.
         */
        public Builder addReleaseDate(PartialDate value) {
            this.releasePlan.add(value);
            return this;
        }

        /** The ProductAvailability; never throws for a missing item. */
        public ProductAvailability build() {
            return new ProductAvailability(available, releasePlan);
        }
    }
}
