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
 * @param pilotSurvey R.6.1 Apakah Melakukan Uji Coba (Pilot Survey)? Ya is {@code true}.
 * @param qualityCheckMethods R.6.2 Metode Pemeriksaan Kualitas Pengumpulan Data (multiple choice).
 * @param nonresponseAdjustment R.6.3 Apakah Melakukan Penyesuaian Nonrespon? Ya is {@code true}.
 * @param fieldStaffType R.6.4 Petugas Pengumpulan Data.
 * @param minFieldStaffEducation R.6.5 Persyaratan Pendidikan Terendah Petugas Pengumpulan Data.
 * @param supervisorCount R.6.6 Jumlah Petugas: Supervisor/penyelia/pengawas (orang, over all areas).
 * @param enumeratorCount R.6.6 Jumlah Petugas: Pengumpul data/enumerator (orang, over all areas).
 * @param fieldStaffTraining R.6.7 Apakah Melakukan Pelatihan Petugas? Ya is {@code true}.
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

        /** R.6.1 Apakah Melakukan Uji Coba (Pilot Survey)? Ya is {@code true}. */
        public Builder pilotSurvey(Boolean value) {
            this.pilotSurvey = value;
            return this;
        }

        /** R.6.2 Metode Pemeriksaan Kualitas Pengumpulan Data (multiple choice). */
        public Builder qualityCheckMethods(MultiChoice<QualityCheckMethod> value) {
            this.qualityCheckMethods = value;
            return this;
        }

        /** R.6.3 Apakah Melakukan Penyesuaian Nonrespon? Ya is {@code true}. */
        public Builder nonresponseAdjustment(Boolean value) {
            this.nonresponseAdjustment = value;
            return this;
        }

        /** R.6.4 Petugas Pengumpulan Data. */
        public Builder fieldStaffType(FieldStaffType value) {
            this.fieldStaffType = value;
            return this;
        }

        /** R.6.5 Persyaratan Pendidikan Terendah Petugas Pengumpulan Data. */
        public Builder minFieldStaffEducation(Education value) {
            this.minFieldStaffEducation = value;
            return this;
        }

        /** R.6.6 Jumlah Petugas: Supervisor/penyelia/pengawas (orang, over all areas). */
        public Builder supervisorCount(Integer value) {
            this.supervisorCount = value;
            return this;
        }

        /** R.6.6 Jumlah Petugas: Pengumpul data/enumerator (orang, over all areas). */
        public Builder enumeratorCount(Integer value) {
            this.enumeratorCount = value;
            return this;
        }

        /** R.6.7 Apakah Melakukan Pelatihan Petugas? Ya is {@code true}. */
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
