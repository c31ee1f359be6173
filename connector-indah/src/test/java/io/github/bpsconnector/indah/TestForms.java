package io.github.bpsconnector.indah;

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
import java.util.List;
import java.util.Set;

/** Filled-in forms for tests: a complete survey MS-Keg with its MS-Var and MS-Ind. */
public final class TestForms {

    private TestForms() {
    }

    public static MsKeg msKeg(String title) {
        ContactDetails office = new ContactDetails("Jl. Srikoyo No. 1, Jember", "0331-487000", "-",
                "dinkes@jemberkab.go.id");
        return MsKeg.builder()
                .title(title)
                .year(2026)
                .collectionType(CollectionType.SURVEI)
                .sector(Sector.KESEHATAN)
                .statisticsType(StatisticsType.STATISTIK_SEKTORAL)
                .hasBpsRecommendation(true)
                .recommendationId("V-26.3509.001")
                .organizer(new Organizer("Dinas Kesehatan Kabupaten Jember", office))
                .responsibility(new Responsibility("-", "Bidang Kesehatan Masyarakat",
                        new TechnicalContact("dr. Siti Aminah", "Kepala Seksi Promosi Kesehatan", office)))
                .planning(new Planning("Cakupan imunisasi perlu dipantau setiap tahun.",
                        "Mengukur cakupan imunisasi dasar lengkap.",
                        Schedule.builder()
                                .add(SchedulePhase.PERENCANAAN_KEGIATAN, DateRange.parse("2026-05-04", "2026-05-29"))
                                .add(SchedulePhase.DESAIN, DateRange.parse("2026-06-01", "2026-06-19"))
                                .add(SchedulePhase.PENGUMPULAN_DATA, DateRange.parse("2026-07-01", "2026-07-31"))
                                .add(SchedulePhase.PENGOLAHAN_DATA, DateRange.parse("2026-08-03", "2026-08-28"))
                                .add(SchedulePhase.ANALISIS, DateRange.parse("2026-09", "2026-09"))
                                .add(SchedulePhase.DISEMINASI_HASIL, DateRange.parse("2026-11-02", "2026-11-30"))
                                .add(SchedulePhase.EVALUASI, DateRange.parse("2026-12-01", "2026-12-11"))
                                .build(),
                        List.of(new CollectedVariable("Status Imunisasi", "Imunisasi", "Status imunisasi anak",
                                "saat pencacahan"))))
                .design(new ActivityDesign(Repetition.BERULANG, Frequency.TAHUNAN, CollectionDesign.CROSS_SECTIONAL,
                        GeoCoverage.SEBAGIAN_WILAYAH_INDONESIA,
                        List.of(new CoverageArea("35", "JAWA TIMUR", "3509", "KABUPATEN JEMBER")),
                        MultiChoice.of(CollectionMethod.WAWANCARA),
                        MultiChoice.of(Set.of(CollectionMode.CAPI, CollectionMode.LAINNYA), "pesan singkat (SMS)"),
                        MultiChoice.of(CollectionUnit.RUMAH_TANGGA)))
                .sampleDesign(new SampleDesign(SampleStageType.MULTI_STAGE_ATAU_PHASE,
                        SampleSelection.SAMPEL_PROBABILITAS, SamplingMethod.STRATIFIED_RANDOM_SAMPLING,
                        SamplingFrame.LIST_FRAME, "0.05", "2.5", "Rumah tangga", "Anak usia 12-23 bulan", null))
                .dataCollection(new DataCollection(true, MultiChoice.of(QualityCheckMethod.SUPERVISI), false,
                        FieldStaffType.MITRA_ATAU_TENAGA_KONTRAK, Education.SMA_ATAU_SMK, 5, 40, true))
                .processingAndAnalysis(new ProcessingAndAnalysis(new ProcessingSteps(true, true, true, true),
                        AnalysisMethod.DESKRIPTIF, MultiChoice.of(AnalysisUnit.INDIVIDU),
                        MultiChoice.of(PresentationLevel.KABUPATEN_ATAU_KOTA)))
                .dissemination(new Dissemination(new ProductAvailability(false, List.of()),
                        new ProductAvailability(true, List.of(PartialDate.parse("2026-12-15"))),
                        new ProductAvailability(false, List.of())))
                .build();
    }

    public static MsVar msVar(String name) {
        return msVar(name, "Survei Imunisasi Kabupaten Jember", 1, "B1R5");
    }

    public static MsVar msVar(String name, String activityTitle, int number, String alias) {
        return MsVar.builder()
                .header(header(activityTitle))
                .number(number)
                .name(name)
                .alias(alias)
                .concept("Imunisasi")
                .definition(name + " adalah status yang dicatat pada saat pencacahan.")
                .selectionReferences(List.of("Permenkes 12/2017"))
                .timeReference("saat pencacahan")
                .dataType("Character")
                .valueDomain(List.of(new ValueDomainEntry("1", "Lengkap"), new ValueDomainEntry("2", "Tidak lengkap")))
                .classificationReference("Klasifikasi status imunisasi")
                .validationRules(List.of("HARUS TERISI"))
                .questionText("Apakah anak sudah mendapat imunisasi dasar lengkap?")
                .publiclyAccessible(true)
                .sdsId("SP00125.01.00")
                .build();
    }

    public static MsInd msInd(String name) {
        return msInd(name, "Survei Imunisasi Kabupaten Jember", 1);
    }

    public static MsInd msInd(String name, String activityTitle, int number) {
        return MsInd.builder()
                .header(header(activityTitle))
                .number(number)
                .name(name)
                .concept("Imunisasi")
                .definition(name + " adalah persentase anak dengan imunisasi dasar lengkap.")
                .interpretation("Semakin tinggi semakin baik.")
                .calculationMethod("Jumlah anak imunisasi lengkap dibagi jumlah anak dikali 100")
                .formulaLatex("\\frac{Lengkap}{Total}\\times100\\%")
                .measure("Persentase")
                .unit("Persen")
                .presentationClassifications(List.of("Kecamatan", "Jenis Kelamin"))
                .composite(false)
                .componentVariables(List.of("Status Imunisasi"))
                .sourceActivities(List.of(activityTitle))
                .estimationLevel("Kabupaten/Kota")
                .publiclyAccessible(true)
                .build();
    }

    public static MetadataPackage pkg(String title) {
        return MetadataPackage.builder()
                .activity(msKeg(title))
                .addVariable(msVar("Status Imunisasi Anak", title, 1, "B1R5"))
                .addVariable(msVar("Umur Anak", title, 2, "B1R6"))
                .addIndicator(msInd("Persentase Imunisasi Dasar Lengkap", title, 1))
                .build();
    }

    private static ActivityHeader header(String activityTitle) {
        return ActivityHeader.builder().title(activityTitle)
                .organizer("Dinas Kesehatan Kabupaten Jember, Bidang Kesehatan Masyarakat").build();
    }
}
