package io.github.bpsconnector.metadata;

import io.github.bpsconnector.metadata.code.Education;
import io.github.bpsconnector.metadata.code.FieldStaffType;
import io.github.bpsconnector.metadata.code.QualityCheckMethod;

/**
 * Blok VI Pengumpulan Data of MS-Keg (called "Penjaminan Kualitas" in the introduction of Bab II).
 * R.6.4&ndash;R.6.7 are asked only when R.4.7 includes PAPI, CAPI or CATI.
 *
 * <p>Immutable. Text items are {@code null} when blank; lists, multiple choices and blocks are never {@code null}
 * (empty when not filled); the other items are {@code null} when not filled.
 *
 * @param pilotSurvey R.6.1 Apakah Melakukan Uji Coba (Pilot Survey)? Ya is {@code true}. INDAH:
 *        {@code blok_vi.apakah_melakukan_uji_coba}.
 * @param qualityCheckMethods R.6.2 Metode Pemeriksaan Kualitas Pengumpulan Data (multiple choice). INDAH:
 *        {@code blok_vi.metode_pemeriksaan_kualitas_pengumpulan_data}, text in
 *        metode_pemeriksaan_kualitas_pengumpulan_data_lainnya.
 * @param nonresponseAdjustment R.6.3 Apakah Melakukan Penyesuaian Nonrespon? Ya is {@code true}. INDAH:
 *        {@code blok_vi.apakah_melakukan_penyesuaian_nonrespon}.
 * @param fieldStaffType R.6.4 Petugas Pengumpulan Data. INDAH: {@code blok_vi.petugas_pengumpulan_data}.
 * @param minFieldStaffEducation R.6.5 Persyaratan Pendidikan Terendah Petugas Pengumpulan Data. INDAH:
 *        {@code blok_vi.persyaratan_pendidikan_terendah_petugas_pengumpulan_data}.
 * @param supervisorCount R.6.6 Jumlah Petugas: Supervisor/penyelia/pengawas (orang, over all areas). INDAH:
 *        {@code blok_vi.jumlah_petugas_supervisor}.
 * @param enumeratorCount R.6.6 Jumlah Petugas: Pengumpul data/enumerator (orang, over all areas). INDAH:
 *        {@code blok_vi.jumlah_petugas_enumerator}.
 * @param fieldStaffTraining R.6.7 Apakah Melakukan Pelatihan Petugas? Ya is {@code true}. INDAH:
 *        {@code blok_vi.apakah_melakukan_pelatihan_petugas}.
 */
public record DataCollection(
        Boolean pilotSurvey,
        MultiChoice<QualityCheckMethod> qualityCheckMethods,
        Boolean nonresponseAdjustment,
        FieldStaffType fieldStaffType,
        Education minFieldStaffEducation,
        Integer supervisorCount,
        Integer enumeratorCount,
        Boolean fieldStaffTraining) {

    /** The DataCollection with nothing filled. */
    public static final DataCollection EMPTY = builder().build();

    /** Normalises blank text to {@code null} and missing collections and blocks to empty; copies lists. */
    public DataCollection {
        qualityCheckMethods = Values.orEmpty(qualityCheckMethods, MultiChoice.none());
    }

    /** A builder with nothing filled. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.pilotSurvey = pilotSurvey;
        b.qualityCheckMethods = qualityCheckMethods;
        b.nonresponseAdjustment = nonresponseAdjustment;
        b.fieldStaffType = fieldStaffType;
        b.minFieldStaffEducation = minFieldStaffEducation;
        b.supervisorCount = supervisorCount;
        b.enumeratorCount = enumeratorCount;
        b.fieldStaffTraining = fieldStaffTraining;
        return b;
    }

    /** Builds a {@link DataCollection}; any item may be left unset. Not thread-safe. */
    public static final class Builder {
        private Boolean pilotSurvey;
        private MultiChoice<QualityCheckMethod> qualityCheckMethods;
        private Boolean nonresponseAdjustment;
        private FieldStaffType fieldStaffType;
        private Education minFieldStaffEducation;
        private Integer supervisorCount;
        private Integer enumeratorCount;
        private Boolean fieldStaffTraining;

        private Builder() {
        }

        /**
         * R.6.1 Apakah Melakukan Uji Coba (Pilot Survey)? Ya is {@code true}. INDAH:
         * {@code blok_vi.apakah_melakukan_uji_coba}.
         */
        public Builder pilotSurvey(Boolean value) {
            this.pilotSurvey = value;
            return this;
        }

        /**
         * R.6.2 Metode Pemeriksaan Kualitas Pengumpulan Data (multiple choice). INDAH:
         * {@code blok_vi.metode_pemeriksaan_kualitas_pengumpulan_data}, text in
         * metode_pemeriksaan_kualitas_pengumpulan_data_lainnya.
         */
        public Builder qualityCheckMethods(MultiChoice<QualityCheckMethod> value) {
            this.qualityCheckMethods = value;
            return this;
        }

        /**
         * R.6.3 Apakah Melakukan Penyesuaian Nonrespon? Ya is {@code true}. INDAH:
         * {@code blok_vi.apakah_melakukan_penyesuaian_nonrespon}.
         */
        public Builder nonresponseAdjustment(Boolean value) {
            this.nonresponseAdjustment = value;
            return this;
        }

        /** R.6.4 Petugas Pengumpulan Data. INDAH: {@code blok_vi.petugas_pengumpulan_data}. */
        public Builder fieldStaffType(FieldStaffType value) {
            this.fieldStaffType = value;
            return this;
        }

        /**
         * R.6.5 Persyaratan Pendidikan Terendah Petugas Pengumpulan Data. INDAH:
         * {@code blok_vi.persyaratan_pendidikan_terendah_petugas_pengumpulan_data}.
         */
        public Builder minFieldStaffEducation(Education value) {
            this.minFieldStaffEducation = value;
            return this;
        }

        /**
         * R.6.6 Jumlah Petugas: Supervisor/penyelia/pengawas (orang, over all areas). INDAH:
         * {@code blok_vi.jumlah_petugas_supervisor}.
         */
        public Builder supervisorCount(Integer value) {
            this.supervisorCount = value;
            return this;
        }

        /**
         * R.6.6 Jumlah Petugas: Pengumpul data/enumerator (orang, over all areas). INDAH:
         * {@code blok_vi.jumlah_petugas_enumerator}.
         */
        public Builder enumeratorCount(Integer value) {
            this.enumeratorCount = value;
            return this;
        }

        /**
         * R.6.7 Apakah Melakukan Pelatihan Petugas? Ya is {@code true}. INDAH:
         * {@code blok_vi.apakah_melakukan_pelatihan_petugas}.
         */
        public Builder fieldStaffTraining(Boolean value) {
            this.fieldStaffTraining = value;
            return this;
        }

        /** The DataCollection; never throws for a missing item. */
        public DataCollection build() {
            return new DataCollection(pilotSurvey, qualityCheckMethods, nonresponseAdjustment, fieldStaffType, minFieldStaffEducation, supervisorCount, enumeratorCount, fieldStaffTraining);
        }
    }
}
