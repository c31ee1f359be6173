package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.ActivityDesign;
import io.github.bpsconnector.metadata.ActivityHeader;
import io.github.bpsconnector.metadata.CollectedVariable;
import io.github.bpsconnector.metadata.ContactDetails;
import io.github.bpsconnector.metadata.CoverageArea;
import io.github.bpsconnector.metadata.DataCollection;
import io.github.bpsconnector.metadata.DateRange;
import io.github.bpsconnector.metadata.Dissemination;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsInd;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.MsVar;
import io.github.bpsconnector.metadata.MultiChoice;
import io.github.bpsconnector.metadata.Organizer;
import io.github.bpsconnector.metadata.PartialDate;
import io.github.bpsconnector.metadata.Planning;
import io.github.bpsconnector.metadata.ProcessingAndAnalysis;
import io.github.bpsconnector.metadata.ProcessingSteps;
import io.github.bpsconnector.metadata.ProductAvailability;
import io.github.bpsconnector.metadata.Responsibility;
import io.github.bpsconnector.metadata.SampleDesign;
import io.github.bpsconnector.metadata.Schedule;
import io.github.bpsconnector.metadata.TechnicalContact;
import io.github.bpsconnector.metadata.ValueDomainEntry;
import io.github.bpsconnector.metadata.code.AnalysisMethod;
import io.github.bpsconnector.metadata.code.AnalysisUnit;
import io.github.bpsconnector.metadata.code.CollectionDesign;
import io.github.bpsconnector.metadata.code.CollectionMethod;
import io.github.bpsconnector.metadata.code.CollectionMode;
import io.github.bpsconnector.metadata.code.CollectionType;
import io.github.bpsconnector.metadata.code.CollectionUnit;
import io.github.bpsconnector.metadata.code.Education;
import io.github.bpsconnector.metadata.code.FieldStaffType;
import io.github.bpsconnector.metadata.code.FormVersion;
import io.github.bpsconnector.metadata.code.Frequency;
import io.github.bpsconnector.metadata.code.GeoCoverage;
import io.github.bpsconnector.metadata.code.PresentationLevel;
import io.github.bpsconnector.metadata.code.QualityCheckMethod;
import io.github.bpsconnector.metadata.code.Repetition;
import io.github.bpsconnector.metadata.code.SampleSelection;
import io.github.bpsconnector.metadata.code.SampleStageType;
import io.github.bpsconnector.metadata.code.SamplingFrame;
import io.github.bpsconnector.metadata.code.SamplingMethod;
import io.github.bpsconnector.metadata.code.SchedulePhase;
import io.github.bpsconnector.metadata.code.Sector;
import io.github.bpsconnector.metadata.code.StatisticsType;

import java.time.LocalDate;
import java.util.List;

/**
 * A complete, consistent, synthetic package (a kabupaten's satisfaction survey, "Kabupaten Contoh") that
 * validates clean on 2 March 2026, the base every rule case mutates. All names, numbers and addresses are invented.
 */
final class TestPackages {

    /** The submission date the base package is planned around (a Monday). */
    static final LocalDate SUBMISSION = LocalDate.of(2026, 3, 2);

    static final String TITLE = "Survei Kepuasan Masyarakat terhadap Layanan Administrasi Kependudukan "
            + "Kabupaten Contoh";
    static final String ORGANIZER = "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Contoh";

    private TestPackages() {
    }

    /** The MS-Var/MS-Ind header naming {@code title} and the base organizer. */
    static ActivityHeader header(String title) {
        return ActivityHeader.builder().title(title).organizer(ORGANIZER).build();
    }

    /** Submitting on {@link #SUBMISSION} from a kabupaten on the Perban 5/2020 forms. */
    static ValidationContext context() {
        return new ValidationContext(SUBMISSION, ProducerLevel.KABUPATEN_KOTA, FormVersion.PERBAN_5_2020);
    }

    static ValidationContext romantik() {
        return context().withFormVersion(FormVersion.ROMANTIK_2023);
    }

    static MetadataPackage valid() {
        return MetadataPackage.builder()
                .activity(keg())
                .addVariable(satisfactionVariable())
                .addVariable(waitingTimeVariable())
                .addIndicator(satisfactionIndex())
                .addIndicator(satisfiedShare())
                .build();
    }

    static MsKeg keg() {
        return MsKeg.builder()
                .title(TITLE)
                .year(2026)
                .collectionType(CollectionType.SURVEI)
                .sector(Sector.SEKTOR_PUBLIK_PERPAJAKAN_DAN_REGULASI_PASAR)
                .hasBpsRecommendation(true)
                .recommendationId("V-26.3599.001")
                .statisticsType(StatisticsType.STATISTIK_SEKTORAL)
                .organizer(Organizer.builder()
                        .institutionName(ORGANIZER)
                        .contact(ContactDetails.builder().address("Jl. Contoh Raya No. 1, Kabupaten Contoh")
                                .phone("(0331) 487552").fax("-").email("disdukcapil@contoh.go.id").build())
                        .build())
                .responsibility(Responsibility.builder()
                        .echelon2("Bidang Pelayanan Pendaftaran Penduduk")
                        .technicalContact(TechnicalContact.builder().name("Budi Contoh")
                                .position("Kepala Seksi Identitas Penduduk")
                                .contact(ContactDetails.builder().address("Jl. Contoh Raya No. 1, Kabupaten Contoh")
                                        .phone("0812-3456-7890").email("budi@contoh.go.id").build())
                                .build())
                        .build())
                .planning(Planning.builder()
                        .background("Pemerintah daerah wajib mengevaluasi pelayanan publik secara berkala.")
                        .objective("Mengukur kepuasan masyarakat terhadap layanan administrasi kependudukan.")
                        .schedule(schedule())
                        .addCollectedVariable(CollectedVariable.builder().name("Kepuasan terhadap Waktu Pelayanan")
                                .concept("Kepuasan Layanan").definition("Penilaian responden atas waktu pelayanan.")
                                .timeReference("Saat pencacahan").build())
                        .addCollectedVariable(CollectedVariable.builder().name("Lama Waktu Tunggu Pelayanan")
                                .concept("Waktu Tunggu Layanan").definition("Lama menunggu sampai dilayani.")
                                .timeReference("Kunjungan terakhir").build())
                        .build())
                .design(ActivityDesign.builder()
                        .repetition(Repetition.BERULANG)
                        .frequency(Frequency.TAHUNAN)
                        .collectionDesign(CollectionDesign.CROSS_SECTIONAL)
                        .geoCoverage(GeoCoverage.SEBAGIAN_WILAYAH_INDONESIA)
                        .addCoverageArea(CoverageArea.builder().provinceCode("35").provinceName("Jawa Timur")
                                .regencyCode("3599").regencyName("Kabupaten Contoh").build())
                        .collectionMethods(MultiChoice.of(CollectionMethod.WAWANCARA))
                        .collectionModes(MultiChoice.of(CollectionMode.CAPI))
                        .collectionUnits(MultiChoice.of(CollectionUnit.INDIVIDU))
                        .build())
                .sampleDesign(SampleDesign.builder()
                        .stageType(SampleStageType.SINGLE_STAGE_ATAU_PHASE)
                        .lastStageSelection(SampleSelection.SAMPEL_PROBABILITAS)
                        .samplingMethod(SamplingMethod.SYSTEMATIC_RANDOM_SAMPLING)
                        .samplingFrame(SamplingFrame.LIST_FRAME)
                        .overallSamplingFraction("0,05")
                        .expectedSamplingError("5%")
                        .samplingUnit("Individu pengguna layanan")
                        .observationUnit("Individu pengguna layanan")
                        .respondentCount(400)
                        .build())
                .dataCollection(DataCollection.builder()
                        .pilotSurvey(true)
                        .qualityCheckMethods(MultiChoice.of(QualityCheckMethod.SUPERVISI))
                        .nonresponseAdjustment(false)
                        .fieldStaffType(FieldStaffType.MITRA_ATAU_TENAGA_KONTRAK)
                        .minFieldStaffEducation(Education.SMA_ATAU_SMK)
                        .supervisorCount(2)
                        .enumeratorCount(10)
                        .fieldStaffTraining(true)
                        .build())
                .processingAndAnalysis(ProcessingAndAnalysis.builder()
                        .processingSteps(ProcessingSteps.builder().editing(true).coding(true).dataEntry(true)
                                .validation(true).build())
                        .analysisMethod(AnalysisMethod.DESKRIPTIF)
                        .analysisUnits(MultiChoice.of(AnalysisUnit.INDIVIDU))
                        .presentationLevels(MultiChoice.of(PresentationLevel.KABUPATEN_ATAU_KOTA))
                        .build())
                .dissemination(Dissemination.builder()
                        .printed(ProductAvailability.builder().available(true)
                                .addReleaseDate(PartialDate.ofDay(2026, 7, 31)).build())
                        .digital(ProductAvailability.builder().available(true)
                                .addReleaseDate(PartialDate.ofDay(2026, 7, 15)).build())
                        .microdata(ProductAvailability.builder().available(false).build())
                        .build())
                .build();
    }

    static Schedule schedule() {
        return Schedule.builder()
                .add(SchedulePhase.PERENCANAAN_KEGIATAN, DateRange.parse("2026-02-02", "2026-02-27"))
                .add(SchedulePhase.DESAIN, DateRange.parse("2026-02-16", "2026-03-13"))
                .add(SchedulePhase.PENGUMPULAN_DATA, DateRange.parse("2026-04-06", "2026-04-30"))
                .add(SchedulePhase.PENGOLAHAN_DATA, DateRange.parse("2026-05-04", "2026-05-29"))
                .add(SchedulePhase.ANALISIS, DateRange.parse("2026-06-01", "2026-06-19"))
                .add(SchedulePhase.DISEMINASI_HASIL, DateRange.parse("2026-07-01", "2026-07-31"))
                .add(SchedulePhase.EVALUASI, DateRange.parse("2026-08-03", "2026-08-14"))
                .build();
    }

    static MsVar satisfactionVariable() {
        return MsVar.builder()
                .header(header(TITLE)).number(1)
                .name("Kepuasan terhadap Waktu Pelayanan").alias("B2R1").concept("Kepuasan Layanan")
                .definition("Kepuasan terhadap waktu pelayanan adalah penilaian responden atas lama pelayanan.")
                .addSelectionReference("Peraturan Menteri PANRB Nomor 14 Tahun 2017")
                .timeReference("Saat pencacahan").dataType("Integer")
                .addValueDomainEntry(new ValueDomainEntry("1", "tidak puas"))
                .addValueDomainEntry(new ValueDomainEntry("2", "kurang puas"))
                .addValueDomainEntry(new ValueDomainEntry("3", "puas"))
                .addValueDomainEntry(new ValueDomainEntry("4", "sangat puas"))
                .addValidationRule("Isian harus salah satu kode 1 sampai 4")
                .questionText("Bagaimana kepuasan Anda terhadap waktu pelayanan?")
                .publiclyAccessible(true)
                .build();
    }

    static MsVar waitingTimeVariable() {
        return MsVar.builder()
                .header(header(TITLE)).number(2)
                .name("Lama Waktu Tunggu Pelayanan").alias("B2R2").concept("Waktu Tunggu Layanan")
                .definition("Lama waktu tunggu pelayanan adalah menit sejak antre sampai dilayani.")
                .addSelectionReference("Peraturan Menteri PANRB Nomor 14 Tahun 2017")
                .timeReference("Kunjungan terakhir").dataType("Integer")
                .questionText("Berapa menit Anda menunggu sampai dilayani?")
                .publiclyAccessible(true)
                .build();
    }

    static MsInd satisfactionIndex() {
        return MsInd.builder()
                .header(header(TITLE)).number(1)
                .name("Indeks Kepuasan Masyarakat Layanan Kependudukan").concept("Kepuasan Masyarakat")
                .definition("Ukuran kepuasan masyarakat terhadap layanan administrasi kependudukan.")
                .interpretation("Semakin tinggi nilai indeks, semakin puas masyarakat.")
                .calculationMethod("Rata-rata tertimbang persentase pengguna yang puas.")
                .measure("Indeks").unit("(tanpa satuan)")
                .presentationClassifications(List.of("Jenis Layanan"))
                .composite(true)
                .componentIndicatorPublication("Laporan Survei Kepuasan Masyarakat Kabupaten Contoh")
                .addComponentIndicator("Persentase Pengguna Layanan yang Puas")
                .estimationLevel("Kabupaten/Kota")
                .publiclyAccessible(true)
                .build();
    }

    static MsInd satisfiedShare() {
        return MsInd.builder()
                .header(header(TITLE)).number(2)
                .name("Persentase Pengguna Layanan yang Puas").concept("Pengguna Layanan")
                .definition("Persentase responden yang menjawab puas atau sangat puas.")
                .interpretation("Semakin tinggi persentase, semakin banyak pengguna yang puas.")
                .calculationMethod("Jumlah responden puas dibagi jumlah responden dikali 100.")
                .measure("Persentase").unit("Persen")
                .presentationClassifications(List.of("Jenis Kelamin"))
                .composite(false)
                .addSourceActivity(TITLE)
                .addComponentVariable("Kepuasan terhadap Waktu Pelayanan")
                .estimationLevel("Kabupaten/Kota")
                .publiclyAccessible(true)
                .build();
    }
}
