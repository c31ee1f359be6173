package io.github.bpsconnector.metadata;

import io.github.bpsconnector.metadata.code.CollectionDesign;
import io.github.bpsconnector.metadata.code.CollectionMethod;
import io.github.bpsconnector.metadata.code.CollectionMode;
import io.github.bpsconnector.metadata.code.CollectionUnit;
import io.github.bpsconnector.metadata.code.Frequency;
import io.github.bpsconnector.metadata.code.GeoCoverage;
import io.github.bpsconnector.metadata.code.Repetition;

import java.util.ArrayList;
import java.util.List;

/**
 * Blok IV Desain Kegiatan of MS-Keg.
 *
 * <p>Immutable. Text items are {@code null} when blank; lists, multiple choices and blocks are never {@code null}
 * (empty when not filled); the other items are {@code null} when not filled.
 *
 * @param repetition R.4.1 Kegiatan Ini Dilakukan: once or repeatedly. INDAH:
 *        {@code blok_iv.kegiatan_ini_dilakukan}.
 * @param frequency R.4.2 Frekuensi Penyelenggaraan; asked only when R.4.1 is Berulang. INDAH:
 *        {@code blok_iv.frekuensi_penyelanggara} (sic).
 * @param collectionDesign R.4.3 Tipe Pengumpulan Data. INDAH: {@code blok_iv.tipe_pengumpulan_data}.
 * @param geoCoverage R.4.4 Cakupan Wilayah Pengumpulan Data. INDAH:
 *        {@code blok_iv.cakupan_wilayah_pengumpulan_data}.
 * @param coverageAreas R.4.5 Wilayah Kegiatan; asked only when R.4.4 is Sebagian. INDAH:
 *        {@code blok_iv.sebagian_cakupan_wilayah_pengumpulan_data}.
 * @param collectionMethods R.4.6 Metode Pengumpulan Data (multiple choice). INDAH:
 *        {@code blok_iv.metode_pengumpulan_data}, text in metode_pengumpulan_lainnya.
 * @param collectionModes R.4.7 Sarana Pengumpulan Data (multiple choice). INDAH:
 *        {@code blok_iv.sarana_pengumpulan_data}, text in sarana_pengumpulan_lainnya.
 * @param collectionUnits R.4.8 Unit Pengumpulan Data (multiple choice). INDAH:
 *        {@code blok_iv.unit_pengumpulan_data}, text in unit_pengumpulan_data_lainnya.
 */
public record ActivityDesign(
        Repetition repetition,
        Frequency frequency,
        CollectionDesign collectionDesign,
        GeoCoverage geoCoverage,
        List<CoverageArea> coverageAreas,
        MultiChoice<CollectionMethod> collectionMethods,
        MultiChoice<CollectionMode> collectionModes,
        MultiChoice<CollectionUnit> collectionUnits) {

    /** The ActivityDesign with nothing filled. */
    public static final ActivityDesign EMPTY = builder().build();

    /** Normalises blank text to {@code null} and missing collections and blocks to empty; copies lists. */
    public ActivityDesign {
        coverageAreas = Values.list(coverageAreas, "coverageAreas");
        collectionMethods = Values.orEmpty(collectionMethods, MultiChoice.none());
        collectionModes = Values.orEmpty(collectionModes, MultiChoice.none());
        collectionUnits = Values.orEmpty(collectionUnits, MultiChoice.none());
    }

    /** A builder with nothing filled. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.repetition = repetition;
        b.frequency = frequency;
        b.collectionDesign = collectionDesign;
        b.geoCoverage = geoCoverage;
        b.coverageAreas.addAll(coverageAreas);
        b.collectionMethods = collectionMethods;
        b.collectionModes = collectionModes;
        b.collectionUnits = collectionUnits;
        return b;
    }

    /** Builds a {@link ActivityDesign}; any item may be left unset. Not thread-safe. */
    public static final class Builder {
        private Repetition repetition;
        private Frequency frequency;
        private CollectionDesign collectionDesign;
        private GeoCoverage geoCoverage;
        private final List<CoverageArea> coverageAreas = new ArrayList<>();
        private MultiChoice<CollectionMethod> collectionMethods;
        private MultiChoice<CollectionMode> collectionModes;
        private MultiChoice<CollectionUnit> collectionUnits;

        private Builder() {
        }

        /** R.4.1 Kegiatan Ini Dilakukan: once or repeatedly. INDAH: {@code blok_iv.kegiatan_ini_dilakukan}. */
        public Builder repetition(Repetition value) {
            this.repetition = value;
            return this;
        }

        /**
         * R.4.2 Frekuensi Penyelenggaraan; asked only when R.4.1 is Berulang. INDAH:
         * {@code blok_iv.frekuensi_penyelanggara} (sic).
         */
        public Builder frequency(Frequency value) {
            this.frequency = value;
            return this;
        }

        /** R.4.3 Tipe Pengumpulan Data. INDAH: {@code blok_iv.tipe_pengumpulan_data}. */
        public Builder collectionDesign(CollectionDesign value) {
            this.collectionDesign = value;
            return this;
        }

        /** R.4.4 Cakupan Wilayah Pengumpulan Data. INDAH: {@code blok_iv.cakupan_wilayah_pengumpulan_data}. */
        public Builder geoCoverage(GeoCoverage value) {
            this.geoCoverage = value;
            return this;
        }

        /**
         * Replaces the entries of R.4.5 Wilayah Kegiatan; asked only when R.4.4 is Sebagian. INDAH:
         * {@code blok_iv.sebagian_cakupan_wilayah_pengumpulan_data}.
         */
        public Builder coverageAreas(List<CoverageArea> values) {
            Values.replace(coverageAreas, values);
            return this;
        }

        /**
         * Adds one entry to R.4.5 Wilayah Kegiatan; asked only when R.4.4 is Sebagian. INDAH:
         * {@code blok_iv.sebagian_cakupan_wilayah_pengumpulan_data}.
         */
        public Builder addCoverageArea(CoverageArea value) {
            this.coverageAreas.add(value);
            return this;
        }

        /**
         * R.4.6 Metode Pengumpulan Data (multiple choice). INDAH: {@code blok_iv.metode_pengumpulan_data}, text in
         * metode_pengumpulan_lainnya.
         */
        public Builder collectionMethods(MultiChoice<CollectionMethod> value) {
            this.collectionMethods = value;
            return this;
        }

        /**
         * R.4.7 Sarana Pengumpulan Data (multiple choice). INDAH: {@code blok_iv.sarana_pengumpulan_data}, text in
         * sarana_pengumpulan_lainnya.
         */
        public Builder collectionModes(MultiChoice<CollectionMode> value) {
            this.collectionModes = value;
            return this;
        }

        /**
         * R.4.8 Unit Pengumpulan Data (multiple choice). INDAH: {@code blok_iv.unit_pengumpulan_data}, text in
         * unit_pengumpulan_data_lainnya.
         */
        public Builder collectionUnits(MultiChoice<CollectionUnit> value) {
            this.collectionUnits = value;
            return this;
        }

        /** The ActivityDesign; never throws for a missing item. */
        public ActivityDesign build() {
            return new ActivityDesign(repetition, frequency, collectionDesign, geoCoverage, coverageAreas, collectionMethods, collectionModes, collectionUnits);
        }
    }
}
