package io.github.bpsconnector.metadata;

import io.github.bpsconnector.metadata.code.CollectionType;
import io.github.bpsconnector.metadata.code.Sector;
import io.github.bpsconnector.metadata.code.StatisticsType;

/**
 * MS-Keg, Metadata Statistik Kegiatan (Peraturan BPS 5/2020, Instrumen A): the identity block and Blok I&ndash;VIII
 * of one statistical activity. A draft may leave any item blank: completeness and the skip rules are checked by the
 * validator, not here.
 *
 * <p>Immutable. Text items are {@code null} when blank; lists, multiple choices and blocks are never {@code null}
 * (empty when not filled); the other items are {@code null} when not filled.
 *
 * @param title Judul Kegiatan. Should name the collection method, main component, area and period. INDAH:
 *        {@code judul_kegiatan}.
 * @param year Tahun: the year of the activity. INDAH: {@code tahun}.
 * @param activityCode Kode Kegiatan, filled by the BPS officer (diisi oleh petugas).
 * @param collectionType Cara Pengumpulan Data. INDAH: {@code cara_pengumpulan_data}.
 * @param sector Sektor Kegiatan. INDAH: {@code sektor_kegiatan}.
 * @param hasBpsRecommendation Jika survei statistik sektoral, apakah mendapatkan rekomendasi dari BPS? Ya is
 *        {@code true}.
 * @param recommendationId Identitas Rekomendasi (e.g. {@code V-23.0000.010}); only when the recommendation question
 *        is Ya. INDAH: {@code identitas_rekomendasi}.
 * @param statisticsType Jenis Statistik; asked by INDAH only, not on the printed forms. INDAH:
 *        {@code jenis_statistik}.
 * @param organizer Blok I Penyelenggara. INDAH: {@code blok_i}.
 * @param responsibility Blok II Penanggung Jawab. INDAH: {@code blok_ii}.
 * @param planning Blok III Perencanaan dan Persiapan. INDAH: {@code blok_iii}.
 * @param design Blok IV Desain Kegiatan. INDAH: {@code blok_iv}.
 * @param sampleDesign Blok V Desain Sampel; empty unless the activity is a survey. INDAH: {@code blok_v} (null
 *        unless SURVEI).
 * @param dataCollection Blok VI Pengumpulan Data. INDAH: {@code blok_vi}.
 * @param processingAndAnalysis Blok VII Pengolahan dan Analisis. INDAH: {@code blok_vii}.
 * @param dissemination Blok VIII Diseminasi Hasil. INDAH: {@code blok_viii}.
 */
public record MsKeg(
        String title,
        Integer year,
        String activityCode,
        CollectionType collectionType,
        Sector sector,
        Boolean hasBpsRecommendation,
        String recommendationId,
        StatisticsType statisticsType,
        Organizer organizer,
        Responsibility responsibility,
        Planning planning,
        ActivityDesign design,
        SampleDesign sampleDesign,
        DataCollection dataCollection,
        ProcessingAndAnalysis processingAndAnalysis,
        Dissemination dissemination) {

    /** The MsKeg with nothing filled. */
    public static final MsKeg EMPTY = builder().build();

    /** Normalises blank text to {@code null} and missing collections and blocks to empty; copies lists. */
    public MsKeg {
        title = Values.text(title);
        activityCode = Values.text(activityCode);
        recommendationId = Values.text(recommendationId);
        organizer = Values.orEmpty(organizer, Organizer.EMPTY);
        responsibility = Values.orEmpty(responsibility, Responsibility.EMPTY);
        planning = Values.orEmpty(planning, Planning.EMPTY);
        design = Values.orEmpty(design, ActivityDesign.EMPTY);
        sampleDesign = Values.orEmpty(sampleDesign, SampleDesign.EMPTY);
        dataCollection = Values.orEmpty(dataCollection, DataCollection.EMPTY);
        processingAndAnalysis = Values.orEmpty(processingAndAnalysis, ProcessingAndAnalysis.EMPTY);
        dissemination = Values.orEmpty(dissemination, Dissemination.EMPTY);
    }

    /** A builder with nothing filled. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.title = title;
        b.year = year;
        b.activityCode = activityCode;
        b.collectionType = collectionType;
        b.sector = sector;
        b.hasBpsRecommendation = hasBpsRecommendation;
        b.recommendationId = recommendationId;
        b.statisticsType = statisticsType;
        b.organizer = organizer;
        b.responsibility = responsibility;
        b.planning = planning;
        b.design = design;
        b.sampleDesign = sampleDesign;
        b.dataCollection = dataCollection;
        b.processingAndAnalysis = processingAndAnalysis;
        b.dissemination = dissemination;
        return b;
    }

    /** Builds a {@link MsKeg}; any item may be left unset. Not thread-safe. */
    public static final class Builder {
        private String title;
        private Integer year;
        private String activityCode;
        private CollectionType collectionType;
        private Sector sector;
        private Boolean hasBpsRecommendation;
        private String recommendationId;
        private StatisticsType statisticsType;
        private Organizer organizer;
        private Responsibility responsibility;
        private Planning planning;
        private ActivityDesign design;
        private SampleDesign sampleDesign;
        private DataCollection dataCollection;
        private ProcessingAndAnalysis processingAndAnalysis;
        private Dissemination dissemination;

        private Builder() {
        }

        /**
         * Judul Kegiatan. Should name the collection method, main component, area and period. INDAH:
         * {@code judul_kegiatan}.
         */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /** Tahun: the year of the activity. INDAH: {@code tahun}. */
        public Builder year(Integer value) {
            this.year = value;
            return this;
        }

        /** Kode Kegiatan, filled by the BPS officer (diisi oleh petugas). */
        public Builder activityCode(String value) {
            this.activityCode = value;
            return this;
        }

        /** Cara Pengumpulan Data. INDAH: {@code cara_pengumpulan_data}. */
        public Builder collectionType(CollectionType value) {
            this.collectionType = value;
            return this;
        }

        /** Sektor Kegiatan. INDAH: {@code sektor_kegiatan}. */
        public Builder sector(Sector value) {
            this.sector = value;
            return this;
        }

        /** Jika survei statistik sektoral, apakah mendapatkan rekomendasi dari BPS? Ya is {@code true}. */
        public Builder hasBpsRecommendation(Boolean value) {
            this.hasBpsRecommendation = value;
            return this;
        }

        /**
         * Identitas Rekomendasi (e.g. {@code V-23.0000.010}); only when the recommendation question is Ya. INDAH:
         * {@code identitas_rekomendasi}.
         */
        public Builder recommendationId(String value) {
            this.recommendationId = value;
            return this;
        }

        /** Jenis Statistik; asked by INDAH only, not on the printed forms. INDAH: {@code jenis_statistik}. */
        public Builder statisticsType(StatisticsType value) {
            this.statisticsType = value;
            return this;
        }

        /** Blok I Penyelenggara. INDAH: {@code blok_i}. */
        public Builder organizer(Organizer value) {
            this.organizer = value;
            return this;
        }

        /** Blok II Penanggung Jawab. INDAH: {@code blok_ii}. */
        public Builder responsibility(Responsibility value) {
            this.responsibility = value;
            return this;
        }

        /** Blok III Perencanaan dan Persiapan. INDAH: {@code blok_iii}. */
        public Builder planning(Planning value) {
            this.planning = value;
            return this;
        }

        /** Blok IV Desain Kegiatan. INDAH: {@code blok_iv}. */
        public Builder design(ActivityDesign value) {
            this.design = value;
            return this;
        }

        /** Blok V Desain Sampel; empty unless the activity is a survey. INDAH: {@code blok_v} (null unless SURVEI). */
        public Builder sampleDesign(SampleDesign value) {
            this.sampleDesign = value;
            return this;
        }

        /** Blok VI Pengumpulan Data. INDAH: {@code blok_vi}. */
        public Builder dataCollection(DataCollection value) {
            this.dataCollection = value;
            return this;
        }

        /** Blok VII Pengolahan dan Analisis. INDAH: {@code blok_vii}. */
        public Builder processingAndAnalysis(ProcessingAndAnalysis value) {
            this.processingAndAnalysis = value;
            return this;
        }

        /** Blok VIII Diseminasi Hasil. INDAH: {@code blok_viii}. */
        public Builder dissemination(Dissemination value) {
            this.dissemination = value;
            return this;
        }

        /** The MsKeg; never throws for a missing item. */
        public MsKeg build() {
            return new MsKeg(title, year, activityCode, collectionType, sector, hasBpsRecommendation, recommendationId, statisticsType, organizer, responsibility, planning, design, sampleDesign, dataCollection, processingAndAnalysis, dissemination);
        }
    }
}
