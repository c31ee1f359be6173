package io.github.bpsconnector.testkit.sample;

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
import java.util.Objects;

/**
 * A sample kegiatan of a perangkat daerah of Kabupaten Jember from which complete metadata packages (MS-Keg, one
 * MS-Var, one MS-Ind) are built, planned around a submission date so that they pass the rules of Perban 5/2020, the
 * examiner checks E1–E9 and the SOP's no-backdate rule on that date. The demo, the example runners and the tests of
 * the clients and the workflow share these; every name, address and number in them is invented.
 *
 * <pre>{@code
 * MetadataPackage pkg = SamplePackages.DINKES.toPackage(clock.today());
 * MetadataPackage late = SamplePackages.DINKES.toPackage(today.minusDays(20), today.minusDays(1)); // backdated
 * }</pre>
 *
 * @param title     the Judul Kegiatan
 * @param organizer the perangkat daerah (R.1.1)
 * @param unit      its unit eselon 2 responsible (R.2.1)
 * @param email     its e-mail address (invented, {@code .example})
 * @param sector    the Sektor Kegiatan
 * @param variable  the name of the main variable
 * @param concept   the variable's concept
 * @param indicator the name of the main indicator
 */
public record SamplePackages(String title, String organizer, String unit, String email, Sector sector,
        String variable, String concept, String indicator) {

    /** Dinas Kesehatan: a satisfaction survey of the puskesmas. */
    public static final SamplePackages DINKES = new SamplePackages(
            "Survei Kepuasan Masyarakat terhadap Pelayanan Puskesmas Kabupaten Jember",
            "Dinas Kesehatan Kabupaten Jember", "Bidang Pelayanan Kesehatan", "dinkes@jemberkab.example",
            Sector.KESEHATAN, "Kepuasan terhadap Waktu Pelayanan Puskesmas", "Kepuasan Layanan",
            "Persentase Pasien Puskesmas yang Puas");

    /** Dinas Pertanian: a survey of rice productivity. */
    public static final SamplePackages DISTAN = new SamplePackages(
            "Survei Produktivitas Padi Sawah Kabupaten Jember",
            "Dinas Tanaman Pangan, Hortikultura dan Perkebunan Kabupaten Jember", "Bidang Tanaman Pangan",
            "distan@jemberkab.example", Sector.PERTANIAN_DAN_PERIKANAN, "Hasil Panen Gabah Kering Panen per Petak",
            "Hasil Panen", "Rata-rata Produktivitas Padi Sawah");

    /** Dinas Pendidikan: a survey of school facilities. */
    public static final SamplePackages DISPENDIK = new SamplePackages(
            "Survei Sarana Prasarana Sekolah Dasar Kabupaten Jember",
            "Dinas Pendidikan Kabupaten Jember", "Bidang Sekolah Dasar", "dispendik@jemberkab.example",
            Sector.PENDIDIKAN_DAN_PELATIHAN, "Kondisi Ruang Kelas", "Kondisi Ruang Kelas",
            "Persentase Ruang Kelas dalam Kondisi Baik");

    /** How many days after the submission the field work of {@link #toPackage(LocalDate)} starts. */
    public static final int FIELD_WORK_AFTER_DAYS = 42;

    /** The three samples of the demo. */
    public static final List<SamplePackages> JEMBER = List.of(DINKES, DISTAN, DISPENDIK);

    /** Checks the fields. */
    public SamplePackages {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(organizer, "organizer");
    }

    /** The same sample under another Judul Kegiatan. */
    public SamplePackages retitled(String newTitle) {
        return new SamplePackages(newTitle, organizer, unit, email, sector, variable, concept, indicator);
    }

    /** The same sample run by another perangkat daerah. */
    public SamplePackages organizedBy(String newOrganizer) {
        return new SamplePackages(title, newOrganizer, unit, email, sector, variable, concept, indicator);
    }

    /**
     * The package, planned so that it passes the no-backdate rule when submitted on {@code submission}: field work
     * starts six weeks later.
     */
    public MetadataPackage toPackage(LocalDate submission) {
        return toPackage(submission, submission.plusDays(FIELD_WORK_AFTER_DAYS));
    }

    /**
     * The package submitted on {@code submission} with field work starting on {@code fieldWork}; a field work start
     * before the day of filling makes a backdated package.
     */
    public MetadataPackage toPackage(LocalDate submission, LocalDate fieldWork) {
        ActivityHeader header = ActivityHeader.builder().title(title).organizer(organizer).build();
        return MetadataPackage.builder()
                .activity(msKeg(submission, fieldWork))
                .addVariable(msVar(header))
                .addIndicator(msInd(header))
                .build();
    }

    private MsKeg msKeg(LocalDate submission, LocalDate fieldWork) {
        ContactDetails office = ContactDetails.builder().address("Jl. Sudarman No. 1, Jember")
                .phone("(0331) 487552").fax("-").email(email).build();
        return MsKeg.builder()
                .title(title)
                .year(submission.getYear())
                .collectionType(CollectionType.SURVEI)
                .sector(sector)
                .hasBpsRecommendation(false)
                .statisticsType(StatisticsType.STATISTIK_SEKTORAL)
                .organizer(Organizer.builder().institutionName(organizer).contact(office).build())
                .responsibility(Responsibility.builder().echelon2(unit)
                        .technicalContact(TechnicalContact.builder().name("Petugas Contoh")
                                .position("Kepala Seksi " + unit.replace("Bidang ", ""))
                                .contact(office).build())
                        .build())
                .planning(Planning.builder()
                        .background("Pemerintah daerah memerlukan data " + concept.toLowerCase(java.util.Locale.ROOT)
                                + " untuk perencanaan pembangunan.")
                        .objective("Mengukur " + variable.toLowerCase(java.util.Locale.ROOT) + ".")
                        .schedule(schedule(submission, fieldWork))
                        .addCollectedVariable(CollectedVariable.builder().name(variable).concept(concept)
                                .definition("Penilaian responden atas " + concept.toLowerCase(java.util.Locale.ROOT)
                                        + ".")
                                .timeReference("Saat pencacahan").build())
                        .build())
                .design(ActivityDesign.builder()
                        .repetition(Repetition.BERULANG)
                        .frequency(Frequency.TAHUNAN)
                        .collectionDesign(CollectionDesign.CROSS_SECTIONAL)
                        .geoCoverage(GeoCoverage.SEBAGIAN_WILAYAH_INDONESIA)
                        .addCoverageArea(CoverageArea.builder().provinceCode("35").provinceName("Jawa Timur")
                                .regencyCode("3509").regencyName("Kabupaten Jember").build())
                        .collectionMethods(MultiChoice.of(CollectionMethod.WAWANCARA))
                        .collectionModes(MultiChoice.of(CollectionMode.CAPI))
                        .collectionUnits(MultiChoice.of(CollectionUnit.INDIVIDU))
                        .build())
                .sampleDesign(SampleDesign.builder()
                        .stageType(SampleStageType.SINGLE_STAGE_ATAU_PHASE)
                        .lastStageSelection(SampleSelection.SAMPEL_PROBABILITAS)
                        .samplingMethod(SamplingMethod.SYSTEMATIC_RANDOM_SAMPLING)
                        .samplingFrame(SamplingFrame.LIST_FRAME)
                        .overallSamplingFraction("0.05")
                        .expectedSamplingError("5")
                        .samplingUnit("Individu")
                        .observationUnit("Individu")
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
                        .printed(ProductAvailability.builder().available(false).build())
                        .digital(ProductAvailability.builder().available(true)
                                .addReleaseDate(PartialDate.of(fieldWork.plusDays(108))).build())
                        .microdata(ProductAvailability.builder().available(false).build())
                        .build())
                .build();
    }

    private static Schedule schedule(LocalDate submission, LocalDate fieldWork) {
        LocalDate designEnd = submission.plusDays(14).isBefore(fieldWork) ? submission.plusDays(14)
                : fieldWork.minusDays(1);
        return Schedule.builder()
                .add(SchedulePhase.PERENCANAAN_KEGIATAN, range(submission.minusDays(28), submission.minusDays(1)))
                .add(SchedulePhase.DESAIN, range(submission.minusDays(14), designEnd))
                .add(SchedulePhase.PENGUMPULAN_DATA, range(fieldWork, fieldWork.plusDays(28)))
                .add(SchedulePhase.PENGOLAHAN_DATA, range(fieldWork.plusDays(29), fieldWork.plusDays(58)))
                .add(SchedulePhase.ANALISIS, range(fieldWork.plusDays(59), fieldWork.plusDays(78)))
                .add(SchedulePhase.DISEMINASI_HASIL, range(fieldWork.plusDays(79), fieldWork.plusDays(108)))
                .add(SchedulePhase.EVALUASI, range(fieldWork.plusDays(109), fieldWork.plusDays(123)))
                .build();
    }

    private static DateRange range(LocalDate start, LocalDate end) {
        return DateRange.of(PartialDate.of(start), PartialDate.of(end));
    }

    private MsVar msVar(ActivityHeader header) {
        return MsVar.builder()
                .header(header).number(1)
                .name(variable).alias("B2R1").concept(concept)
                .definition(variable + " adalah penilaian responden atas " + concept.toLowerCase(java.util.Locale.ROOT)
                        + ".")
                .addSelectionReference("Peraturan Menteri PANRB Nomor 14 Tahun 2017")
                .timeReference("Saat pencacahan").dataType("Integer")
                .addValueDomainEntry(new ValueDomainEntry("1", "kurang"))
                .addValueDomainEntry(new ValueDomainEntry("2", "cukup"))
                .addValueDomainEntry(new ValueDomainEntry("3", "baik"))
                .addValidationRule("Isian harus salah satu kode 1 sampai 3")
                .questionText("Bagaimana penilaian Anda tentang " + concept.toLowerCase(java.util.Locale.ROOT) + "?")
                .publiclyAccessible(true)
                .build();
    }

    private MsInd msInd(ActivityHeader header) {
        return MsInd.builder()
                .header(header).number(1)
                .name(indicator).concept(concept)
                .definition("Persentase responden dengan penilaian baik.")
                .interpretation("Semakin tinggi persentase, semakin baik keadaannya.")
                .calculationMethod("Jumlah responden dengan penilaian baik dibagi jumlah responden dikali 100.")
                .measure("Persentase").unit("Persen")
                .presentationClassifications(List.of("Kecamatan"))
                .composite(false)
                .addSourceActivity(title)
                .addComponentVariable(variable)
                .estimationLevel("Kabupaten/Kota")
                .publiclyAccessible(true)
                .build();
    }
}
