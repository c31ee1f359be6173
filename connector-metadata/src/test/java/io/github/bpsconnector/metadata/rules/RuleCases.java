package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.ActivityHeader;
import io.github.bpsconnector.metadata.CollectedVariable;
import io.github.bpsconnector.metadata.DateRange;
import io.github.bpsconnector.metadata.MultiChoice;
import io.github.bpsconnector.metadata.PartialDate;
import io.github.bpsconnector.metadata.SampleDesign;
import io.github.bpsconnector.metadata.ValueDomainEntry;
import io.github.bpsconnector.metadata.code.CollectionMethod;
import io.github.bpsconnector.metadata.code.CollectionMode;
import io.github.bpsconnector.metadata.code.CollectionType;
import io.github.bpsconnector.metadata.code.CollectionUnit;
import io.github.bpsconnector.metadata.code.Frequency;
import io.github.bpsconnector.metadata.code.GeoCoverage;
import io.github.bpsconnector.metadata.code.Repetition;
import io.github.bpsconnector.metadata.code.SampleSelection;
import io.github.bpsconnector.metadata.code.SamplingMethod;
import io.github.bpsconnector.metadata.code.SchedulePhase;
import io.github.bpsconnector.metadata.code.StatisticsType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.github.bpsconnector.metadata.rules.Mutations.chain;
import static io.github.bpsconnector.metadata.rules.Mutations.collection;
import static io.github.bpsconnector.metadata.rules.Mutations.design;
import static io.github.bpsconnector.metadata.rules.Mutations.digital;
import static io.github.bpsconnector.metadata.rules.Mutations.indicator;
import static io.github.bpsconnector.metadata.rules.Mutations.keg;
import static io.github.bpsconnector.metadata.rules.Mutations.microdata;
import static io.github.bpsconnector.metadata.rules.Mutations.noSample;
import static io.github.bpsconnector.metadata.rules.Mutations.organizerContact;
import static io.github.bpsconnector.metadata.rules.Mutations.phase;
import static io.github.bpsconnector.metadata.rules.Mutations.planning;
import static io.github.bpsconnector.metadata.rules.Mutations.processing;
import static io.github.bpsconnector.metadata.rules.Mutations.sample;
import static io.github.bpsconnector.metadata.rules.Mutations.technicalContact;
import static io.github.bpsconnector.metadata.rules.Mutations.variable;
import static io.github.bpsconnector.metadata.rules.RuleCase.of;

/** At least one failing and one passing case for every rule id of the catalogue. */
final class RuleCases {

    private static final CollectedVariable ROW_WITHOUT_CONCEPT = CollectedVariable.builder()
            .name("Kepuasan terhadap Waktu Pelayanan").definition("Penilaian responden.")
            .timeReference("Saat pencacahan").build();

    private RuleCases() {
    }

    static List<RuleCase> all() {
        List<RuleCase> cases = new ArrayList<>();
        cases.addAll(requiredKeg());
        cases.addAll(requiredVar());
        cases.addAll(requiredInd());
        cases.addAll(skipRules());
        cases.addAll(consistency());
        cases.addAll(examinerChecks());
        cases.addAll(conceptNaming());
        cases.addAll(formatsDatesAndCodes());
        return cases;
    }

    private static List<RuleCase> requiredKeg() {
        return List.of(
                of("REQ-KEG-JUDUL", "no title", keg(k -> k.title(null))).at("msKeg.title"),
                of("REQ-KEG-TAHUN", "no year", keg(k -> k.year(null))).at("msKeg.year"),
                of("REQ-KEG-CARA", "no collection type", keg(k -> k.collectionType(null))),
                of("REQ-KEG-SEKTOR", "no sector", keg(k -> k.sector(null))).at("msKeg.sector"),
                of("REQ-KEG-JENIS", "no statistics type for INDAH", keg(k -> k.statisticsType(null)))
                        .passing(keg(k -> k.statisticsType(null))).passingIn(TestPackages.romantik()),
                of("REQ-KEG-1.1", "no institution", keg(k -> k.organizer(k.build().organizer().toBuilder()
                        .institutionName(null).build()))).at("msKeg.organizer.institutionName"),
                of("REQ-KEG-1.2", "no phone", organizerContact(c -> c.phone(null)))
                        .at("msKeg.organizer.contact.phone").passing(organizerContact(c -> c.fax(null))),
                of("REQ-KEG-2.1", "no echelon 2", keg(k -> k.responsibility(k.build().responsibility().toBuilder()
                        .echelon2(null).build()))).at("msKeg.responsibility.echelon2"),
                of("REQ-KEG-2.2", "no technical contact e-mail", technicalContact(c -> c.email(null)))
                        .at("msKeg.responsibility.technicalContact.contact.email")
                        .passing(technicalContact(c -> c.fax(null))),
                of("REQ-KEG-3.1", "no background", planning(p -> p.background(null))),
                of("REQ-KEG-3.2", "no objective", planning(p -> p.objective(null)))
                        .at("msKeg.planning.objective"),
                of("REQ-KEG-3.3", "no evaluation phase", phase(SchedulePhase.EVALUASI))
                        .at("msKeg.planning.schedule.EVALUASI")
                        .passing(phase(SchedulePhase.EVALUASI))
                        .passingWith(RuleSettings.defaults().toBuilder().requiredSchedulePhases(
                                Set.of(SchedulePhase.PENGUMPULAN_DATA)).build()),
                of("REQ-KEG-3.3", "a range without its end", phase(SchedulePhase.ANALISIS,
                        DateRange.parse("2026-06-01", null)))
                        .at("msKeg.planning.schedule.ANALISIS[0].end"),
                of("REQ-KEG-3.4", "no concept on the Perban form",
                        planning(p -> p.collectedVariables(List.of(ROW_WITHOUT_CONCEPT))))
                        .at("msKeg.planning.collectedVariables[0].concept")
                        .passing(planning(p -> p.collectedVariables(List.of(ROW_WITHOUT_CONCEPT))))
                        .passingIn(TestPackages.romantik()),
                of("REQ-KEG-3.4", "no collected variable", planning(p -> p.collectedVariables(List.of())))
                        .at("msKeg.planning.collectedVariables"),
                of("REQ-KEG-4.1", "no repetition", design(d -> d.repetition(null).frequency(null))),
                of("REQ-KEG-4.3", "no collection design", design(d -> d.collectionDesign(null))),
                of("REQ-KEG-4.4", "no coverage", design(d -> d.geoCoverage(null))),
                of("REQ-KEG-4.6", "no method ticked", design(d -> d.collectionMethods(MultiChoice.none())))
                        .at("msKeg.design.collectionMethods"),
                of("REQ-KEG-4.7", "no mode ticked", design(d -> d.collectionModes(MultiChoice.none()))),
                of("REQ-KEG-4.8", "no unit ticked", design(d -> d.collectionUnits(MultiChoice.none()))),
                of("REQ-KEG-6.1", "no pilot answer", collection(c -> c.pilotSurvey(null))),
                of("REQ-KEG-6.2", "no quality check",
                        collection(c -> c.qualityCheckMethods(MultiChoice.none()))),
                of("REQ-KEG-6.3", "no nonresponse answer", collection(c -> c.nonresponseAdjustment(null))),
                of("REQ-KEG-7.1", "no coding answer", processing(p -> p.processingSteps(
                        TestPackages.keg().processingAndAnalysis().processingSteps().toBuilder().coding(null)
                                .build()))).at("msKeg.processingAndAnalysis.processingSteps.coding"),
                of("REQ-KEG-7.2", "no analysis method", processing(p -> p.analysisMethod(null))),
                of("REQ-KEG-7.3", "no analysis unit", processing(p -> p.analysisUnits(MultiChoice.none()))),
                of("REQ-KEG-7.4", "no presentation level",
                        processing(p -> p.presentationLevels(MultiChoice.none()))),
                of("REQ-KEG-8.1", "microdata availability not answered", microdata(m -> m.available(null)))
                        .at("msKeg.dissemination.microdata.available"));
    }

    private static List<RuleCase> requiredVar() {
        return List.of(
                of("REQ-VAR-KEGIATAN", "no activity name", variable(1, v -> v.header(TestPackages.header(null))))
                        .at("msVar[1].header.title"),
                of("REQ-VAR-PENYELENGGARA", "no organizer", variable(0, v -> v.header(ActivityHeader.builder()
                        .title(TestPackages.TITLE).build()))).at("msVar[0].header.organizer"),
                of("REQ-VAR-1", "no number", variable(0, v -> v.number(null))),
                of("REQ-VAR-2", "no name", variable(0, v -> v.name(null))).at("msVar[0].name"),
                of("REQ-VAR-3", "no alias", variable(1, v -> v.alias(null))).at("msVar[1].alias"),
                of("REQ-VAR-4", "no concept", variable(0, v -> v.concept(null))),
                of("REQ-VAR-5", "no definition", variable(0, v -> v.definition(null))),
                of("REQ-VAR-6", "no selection reference", variable(0, v -> v.selectionReferences(List.of()))),
                of("REQ-VAR-7", "no time reference", variable(0, v -> v.timeReference(null))),
                of("REQ-VAR-8", "no data type", variable(0, v -> v.dataType(null))),
                of("REQ-VAR-11", "no question", variable(0, v -> v.questionText(null))),
                of("REQ-VAR-12", "no public access answer", variable(0, v -> v.publiclyAccessible(null)))
                        .passing(variable(0, v -> v.publiclyAccessible(false))));
    }

    private static List<RuleCase> requiredInd() {
        return List.of(
                of("REQ-IND-KEGIATAN", "no activity name", indicator(0, i -> i.header(TestPackages.header(null)))),
                of("REQ-IND-PENYELENGGARA", "no organizer", indicator(0, i -> i.header(ActivityHeader.builder()
                        .title(TestPackages.TITLE).build()))),
                of("REQ-IND-1", "no number", indicator(0, i -> i.number(null))),
                of("REQ-IND-2", "no name", indicator(1, i -> i.name(null))).at("msInd[1].name"),
                of("REQ-IND-3", "no concept", indicator(0, i -> i.concept(null))),
                of("REQ-IND-4", "no definition", indicator(0, i -> i.definition(null))),
                of("REQ-IND-5", "no interpretation", indicator(0, i -> i.interpretation(null))),
                of("REQ-IND-6", "no method nor formula", indicator(0, i -> i.calculationMethod(null)))
                        .at("msInd[0].calculationMethod")
                        .passing(indicator(0, i -> i.calculationMethod(null).formulaLatex("\\frac{a}{b}"))),
                of("REQ-IND-7", "no measure", indicator(0, i -> i.measure(null))),
                of("REQ-IND-8", "no unit", indicator(0, i -> i.unit(null))),
                of("REQ-IND-9", "no classification", indicator(0, i -> i.presentationClassifications(List.of()))),
                of("REQ-IND-10", "composite not answered", indicator(0, i -> i.composite(null))),
                of("REQ-IND-16", "no estimation level", indicator(0, i -> i.estimationLevel(null))),
                of("REQ-IND-17", "no public access answer", indicator(0, i -> i.publiclyAccessible(null))));
    }

    private static List<RuleCase> skipRules() {
        return List.of(
                of("C1", "berulang without frequency", design(d -> d.frequency(null)))
                        .at("msKeg.design.frequency")
                        .passing(design(d -> d.repetition(Repetition.HANYA_SEKALI).frequency(null))),
                of("C1", "hanya sekali with a frequency", design(d -> d.repetition(Repetition.HANYA_SEKALI)
                        .frequency(Frequency.TAHUNAN))).at("msKeg.design.frequency"),
                of("C2", "sebagian without areas", design(d -> d.coverageAreas(List.of())))
                        .at("msKeg.design.coverageAreas")
                        .passing(design(d -> d.geoCoverage(GeoCoverage.SELURUH_WILAYAH_INDONESIA)
                                .coverageAreas(List.of()))),
                of("C2", "seluruh with areas", design(d -> d.geoCoverage(GeoCoverage.SELURUH_WILAYAH_INDONESIA))),
                of("C3", "survey without stage type", sample(s -> s.stageType(null)))
                        .at("msKeg.sampleDesign.stageType")
                        .passing(chain(keg(k -> k.collectionType(CollectionType.KOMPILASI_PRODUK_ADMINISTRASI)),
                                noSample())),
                of("C3", "compilation with a sample design",
                        keg(k -> k.collectionType(CollectionType.KOMPILASI_PRODUK_ADMINISTRASI)))
                        .at("msKeg.sampleDesign.samplingMethod")
                        .passing(chain(keg(k -> k.collectionType(CollectionType.KOMPILASI_PRODUK_ADMINISTRASI)),
                                keg(k -> k.sampleDesign(SampleDesign.builder().samplingUnit("Dokumen")
                                        .observationUnit("Dokumen").respondentCount(10).build()))))
                        .passingIn(TestPackages.romantik()),
                of("C4", "quota sampling under probability",
                        sample(s -> s.samplingMethod(SamplingMethod.QUOTA_SAMPLING)))
                        .at("msKeg.sampleDesign.samplingMethod")
                        .passing(sample(s -> s.lastStageSelection(SampleSelection.SAMPEL_NONPROBABILITAS)
                                .samplingMethod(SamplingMethod.QUOTA_SAMPLING).samplingFrame(null)
                                .overallSamplingFraction(null).expectedSamplingError(null))),
                of("C4", "probability sample without frame", sample(s -> s.samplingFrame(null)))
                        .at("msKeg.sampleDesign.samplingFrame"),
                of("C5", "web survey with field staff", design(d -> d.collectionModes(
                        MultiChoice.of(CollectionMode.CAWI)))).at("msKeg.dataCollection.enumeratorCount")
                        .passing(chain(design(d -> d.collectionModes(MultiChoice.of(CollectionMode.CAWI))),
                                collection(c -> c.fieldStaffType(null).minFieldStaffEducation(null)
                                        .supervisorCount(null).enumeratorCount(null).fieldStaffTraining(null)))),
                of("C5", "CAPI without training answer", collection(c -> c.fieldStaffTraining(null)))
                        .at("msKeg.dataCollection.fieldStaffTraining"),
                of("C6", "digital product without release plan", digital(d -> d.releasePlan(List.of())))
                        .at("msKeg.dissemination.digital.releasePlan")
                        .passing(digital(d -> d.releasePlan(List.of()))).passingIn(TestPackages.romantik()),
                of("C6", "unavailable microdata with a release plan",
                        microdata(m -> m.addReleaseDate(PartialDate.ofMonth(2026, 8))))
                        .at("msKeg.dissemination.microdata.releasePlan"),
                of("C7", "survey without the recommendation answer", keg(k -> k.hasBpsRecommendation(null)
                        .recommendationId(null))).at("msKeg.hasBpsRecommendation")
                        .passing(chain(keg(k -> k.hasBpsRecommendation(null).recommendationId(null)
                                .collectionType(CollectionType.KOMPILASI_PRODUK_ADMINISTRASI)), noSample())),
                of("C7", "recommendation without its identity", keg(k -> k.recommendationId(null)))
                        .at("msKeg.recommendationId")
                        .passing(keg(k -> k.recommendationId(null))).passingIn(TestPackages.romantik()),
                of("C8", "Lainnya without its text", design(d -> d.collectionUnits(
                        MultiChoice.of(CollectionUnit.INDIVIDU, CollectionUnit.LAINNYA))))
                        .at("msKeg.design.collectionUnits.otherText")
                        .passing(design(d -> d.collectionUnits(MultiChoice.of(
                                Set.of(CollectionUnit.INDIVIDU, CollectionUnit.LAINNYA), "Sekolah")))),
                of("C8", "a Lainnya text without the tick", processing(p -> p.presentationLevels(
                        MultiChoice.of(Set.of(io.github.bpsconnector.metadata.code.PresentationLevel.NASIONAL),
                                "Desa"))))
                        .at("msKeg.processingAndAnalysis.presentationLevels.otherText"),
                of("C9", "non-composite with component indicators",
                        indicator(1, i -> i.addComponentIndicator("Indeks Lain")))
                        .at("msInd[1].componentIndicators"),
                of("C9", "composite without publication",
                        indicator(0, i -> i.componentIndicatorPublication(null)))
                        .at("msInd[0].componentIndicatorPublication"),
                of("C9-REF", "unknown component indicator",
                        indicator(0, i -> i.componentIndicators(List.of("Indikator yang Tidak Ada"))))
                        .at("msInd[0].componentIndicators[0]")
                        .passing(indicator(0, i -> i.componentIndicators(
                                List.of("persentase pengguna  layanan yang PUAS")))),
                of("C9-REF", "unknown component variable",
                        indicator(1, i -> i.componentVariables(List.of("Variabel yang Tidak Ada"))))
                        .at("msInd[1].componentVariables[0]"),
                of("C10", "MS-Var names another activity",
                        variable(0, v -> v.header(TestPackages.header("Survei Kepuasan Masyarakat 2025"))))
                        .at("msVar[0].header.title")
                        .passing(variable(0, v -> v.header(TestPackages.header(
                                "  " + TestPackages.TITLE.replace(" ", "   "))))),
                of("C10", "MS-Ind names another activity",
                        indicator(1, i -> i.header(TestPackages.header(TestPackages.TITLE.toUpperCase()))))
                        .at("msInd[1].header.title"),
                of("C11", "indicator from another activity under a survey", indicator(1, i -> i.sourceActivities(
                        List.of("Kompilasi Data Kependudukan Kabupaten Contoh")).componentVariables(List.of())
                        .addComponentVariable("Jumlah Penduduk")))
                        .at("msInd[1].sourceActivities")
                        .passing(chain(keg(k -> k.title("Kompilasi Indikator Layanan Kabupaten Contoh")
                                        .collectionType(CollectionType.KOMPILASI_PRODUK_ADMINISTRASI)),
                                indicator(1, i -> i.sourceActivities(
                                        List.of("Kompilasi Data Kependudukan Kabupaten Contoh"))))),
                of("C13", "coded variable without validation rule",
                        variable(1, v -> v.addValueDomainEntry(new ValueDomainEntry("1", "kurang dari 15 menit"))))
                        .at("msVar[1].validationRules")
                        .passing(variable(0, v -> v.validationRules(List.of()).valueDomain(List.of()))));
    }

    private static List<RuleCase> consistency() {
        return List.of(
                of("C12a", "a kabupaten chose statistik dasar",
                        keg(k -> k.statisticsType(StatisticsType.STATISTIK_DASAR)))
                        .at("msKeg.statisticsType")
                        .passing(keg(k -> k.statisticsType(StatisticsType.STATISTIK_DASAR)))
                        .passingIn(TestPackages.context().withProducerLevel(ProducerLevel.PUSAT)),
                of("C12a", "a dinas chose statistik dasar, level unknown",
                        keg(k -> k.statisticsType(StatisticsType.STATISTIK_DASAR)))
                        .failingIn(TestPackages.context().withProducerLevel(null))
                        .passing(keg(k -> k.statisticsType(StatisticsType.STATISTIK_DASAR).organizer(
                                k.build().organizer().toBuilder()
                                        .institutionName("Badan Pusat Statistik Kabupaten Contoh").build())))
                        .passingIn(TestPackages.context().withProducerLevel(null)),
                of("C12b", "compilation title coded as survey",
                        keg(k -> k.title("Kompilasi Data Layanan Kependudukan Kabupaten Contoh")))
                        .at("msKeg.collectionType")
                        .passing(keg(k -> k.title("Survei dan Kompilasi Data Layanan Kependudukan"))),
                of("C12b", "PAPI coded as another IT method", chain(
                        keg(k -> k.title("Survei Daring Layanan Kependudukan")
                                .collectionType(CollectionType.CARA_LAIN_SESUAI_DENGAN_PERKEMBANGAN_TI)),
                        design(d -> d.collectionModes(MultiChoice.of(CollectionMode.PAPI)))))
                        .at("msKeg.design.collectionModes"),
                of("C12b", "survey with only secondary data",
                        design(d -> d.collectionMethods(MultiChoice.of(CollectionMethod.PENGUMPULAN_DATA_SEKUNDER))))
                        .at("msKeg.design.collectionMethods"),
                of("C12c", "Email written under Lainnya", design(d -> d.collectionModes(MultiChoice.of(
                        Set.of(CollectionMode.CAPI, CollectionMode.LAINNYA), "Email"))))
                        .at("msKeg.design.collectionModes.otherText")
                        .passing(design(d -> d.collectionModes(MultiChoice.of(
                                Set.of(CollectionMode.CAPI, CollectionMode.LAINNYA), "Kios layanan mandiri")))),
                of("C12c", "PAPI dan CAPI written under Lainnya", design(d -> d.collectionModes(MultiChoice.of(
                        Set.of(CollectionMode.LAINNYA), "PAPI dan CAPI")))),
                of("C12d", "title starts with DATA", keg(k -> k.title("Data Layanan Kependudukan (Survei)")))
                        .at("msKeg.title")
                        .passing(keg(k -> k.title("Survei Data Layanan Kependudukan Kabupaten Contoh"))),
                of("C12d", "title starts with VERIFIKASI DATA",
                        keg(k -> k.title("Verifikasi  Data Penduduk melalui Survei Lapangan"))),
                of("C12d", "title starts with LAPORAN", keg(k -> k.title("LAPORAN Survei Kepuasan")))
                        .passing(keg(k -> k.title("Survei Laporan Masyarakat"))));
    }

    private static List<RuleCase> examinerChecks() {
        return List.of(
                of("E1", "title without a method", keg(k -> k.title("Kepuasan Masyarakat terhadap Layanan")))
                        .at("msKeg.title")
                        .passing(keg(k -> k.title("Sensus Kepuasan Masyarakat terhadap Layanan"))),
                of("E2", "recurring title with a year", keg(k -> k.title(TestPackages.TITLE + " 2026")))
                        .at("msKeg.title")
                        .passing(chain(keg(k -> k.title(TestPackages.TITLE + " 2026")),
                                design(d -> d.repetition(Repetition.HANYA_SEKALI).frequency(null)))),
                of("E3", "compilation without secondary data",
                        keg(k -> k.collectionType(CollectionType.KOMPILASI_PRODUK_ADMINISTRASI)))
                        .at("msKeg.design.collectionMethods")
                        .passing(chain(keg(k -> k.collectionType(CollectionType.KOMPILASI_PRODUK_ADMINISTRASI)),
                                design(d -> d.collectionMethods(MultiChoice.of(CollectionMethod.WAWANCARA,
                                        CollectionMethod.PENGUMPULAN_DATA_SEKUNDER))))),
                of("E4", "a collected variable without time reference", planning(p -> p.collectedVariables(
                        List.of(ROW_WITHOUT_CONCEPT.toBuilder().concept("Kepuasan Layanan").timeReference(null)
                                .build())))).at("msKeg.planning.collectedVariables[0].timeReference"),
                of("E5", "field work started before submission", phase(SchedulePhase.PENGUMPULAN_DATA,
                        DateRange.parse("2026-02-20", "2026-04-30")))
                        .at("msKeg.planning.schedule.PENGUMPULAN_DATA[0].start")
                        .passing(phase(SchedulePhase.PENGUMPULAN_DATA, DateRange.parse("2026-03-02", "2026-04-30"))),
                of("E5", "month-only start in the month of submission", phase(SchedulePhase.PENGUMPULAN_DATA,
                        DateRange.parse("2026-05-04", "2026-05-30"), DateRange.parse("2026-03", "2026-04"))
                ).at("msKeg.planning.schedule.PENGUMPULAN_DATA[1].start"),
                of("E6", "analysis before processing", phase(SchedulePhase.ANALISIS,
                        DateRange.parse("2026-05-01", "2026-06-19")))
                        .at("msKeg.planning.schedule.ANALISIS[0].start")
                        .passing(phase(SchedulePhase.ANALISIS, DateRange.parse("2026-05-04", "2026-06-19"))),
                of("E7", "hanya sekali with a recurring title", chain(
                        design(d -> d.repetition(Repetition.HANYA_SEKALI).frequency(null)),
                        keg(k -> k.title("Survei Tahunan Kepuasan Masyarakat Kabupaten Contoh"))))
                        .at("msKeg.design.repetition")
                        .passing(design(d -> d.repetition(Repetition.HANYA_SEKALI).frequency(null))),
                of("E7", "hanya sekali collected in two rounds", chain(
                        design(d -> d.repetition(Repetition.HANYA_SEKALI).frequency(null)),
                        phase(SchedulePhase.PENGUMPULAN_DATA, DateRange.parse("2026-04-06", "2026-04-30"),
                                DateRange.parse("2026-10-05", "2026-10-30")))),
                of("E8", "survey without pilot", collection(c -> c.pilotSurvey(false)))
                        .at("msKeg.dataCollection.pilotSurvey")
                        .passing(chain(collection(c -> c.pilotSurvey(false)),
                                keg(k -> k.collectionType(CollectionType.KOMPILASI_PRODUK_ADMINISTRASI)))),
                of("E9", "fewer enumerators than supervisors", collection(c -> c.enumeratorCount(1)))
                        .at("msKeg.dataCollection.enumeratorCount")
                        .passing(collection(c -> c.enumeratorCount(2))),
                of("E9", "too many respondents for the staff", sample(s -> s.respondentCount(100_000)))
                        .passing(sample(s -> s.respondentCount(7_500))),
                of("NOBACKDATE", "field work inside the review lead time", phase(SchedulePhase.PENGUMPULAN_DATA,
                        DateRange.parse("2026-03-10", "2026-04-30")))
                        .at("msKeg.planning.schedule.PENGUMPULAN_DATA[0].start")
                        .passing(phase(SchedulePhase.PENGUMPULAN_DATA, DateRange.parse("2026-03-11", "2026-04-30"))));
    }

    private static List<RuleCase> conceptNaming() {
        return List.of(
                of("SDS-1", "a word in lower case", variable(0, v -> v.concept("Kepuasan layanan")))
                        .at("msVar[0].concept")
                        .passing(variable(0, v -> v.concept("Kepuasan Layanan Publik"))),
                of("SDS-1", "all capitals", indicator(0, i -> i.concept("KEPUASAN MASYARAKAT")))
                        .at("msInd[0].concept"),
                of("SDS-1", "lower case allowed by the settings", variable(0, v -> v.concept("Rumah dan Tanah")))
                        .passing(variable(0, v -> v.concept("Rumah dan Tanah")))
                        .passingWith(RuleSettings.defaults().toBuilder().conceptLowercaseWords(List.of("dan")).build()),
                of("SDS-2", "Lainnya as a concept", variable(0, v -> v.concept("Lainnya")))
                        .passing(variable(0, v -> v.concept("Rumah Tangga"))),
                of("SDS-3", "an uncommon abbreviation", variable(0, v -> v.concept("Jaminan Pensiun (JP)")))
                        .passing(variable(0, v -> v.concept("Nomor Pokok Wajib Pajak (NPWP)"))),
                of("SDS-4", "begins with a measure", planning(p -> p.collectedVariables(List.of(
                        ROW_WITHOUT_CONCEPT.toBuilder().concept("Rata-rata Konsumsi Makanan").build()))))
                        .at("msKeg.planning.collectedVariables[0].concept")
                        .passing(variable(0, v -> v.concept("Konsumsi Makanan"))),
                of("SDS-5", "a period in the name", variable(0, v -> v.concept("Konsumsi Makanan Sebulan")))
                        .passing(variable(0, v -> v.concept("Konsumsi Makanan"))),
                of("SDS-5", "a year in the name", indicator(1, i -> i.concept("Pengguna Layanan 2026"))),
                of("SDS-6", "a region in the name", variable(0, v -> v.concept("Penduduk Indonesia")))
                        .passing(variable(0, v -> v.concept("Penduduk"))));
    }

    private static List<RuleCase> formatsDatesAndCodes() {
        return List.of(
                of("ALIAS-UNIQUE", "two variables share an alias", variable(1, v -> v.alias(" b2r1 ")))
                        .at("msVar[1].alias")
                        .passing(variable(1, v -> v.alias("B2R1a"))),
                of("FMT-EMAIL", "not an address", technicalContact(c -> c.email("budi(at)contoh.go.id")))
                        .at("msKeg.responsibility.technicalContact.contact.email")
                        .passing(technicalContact(c -> c.email("budi.contoh+metadata@dinas.contoh.go.id"))),
                of("FMT-PHONE", "not a phone number", organizerContact(c -> c.phone("telp 12345")))
                        .at("msKeg.organizer.contact.phone")
                        .passing(organizerContact(c -> c.phone("+62 331 487-552"))),
                of("FMT-PHONE", "a fax that is neither a number nor '-'", organizerContact(c -> c.fax("tidak ada")))
                        .at("msKeg.organizer.contact.fax")
                        .passing(organizerContact(c -> c.fax("(0331) 487553"))),
                of("DATE-RANGE", "processing ends before it starts", phase(SchedulePhase.PENGOLAHAN_DATA,
                        DateRange.parse("2026-05-04", "2026-04-30")))
                        .at("msKeg.planning.schedule.PENGOLAHAN_DATA[0].end")
                        .passing(phase(SchedulePhase.PENGOLAHAN_DATA, DateRange.parse("2026-05-04", "2026-05"))),
                of("DATE-RELEASE", "release before collection ends",
                        digital(d -> d.releasePlan(List.of(PartialDate.ofDay(2026, 4, 15)))))
                        .at("msKeg.dissemination.digital.releasePlan[0]")
                        .passing(digital(d -> d.releasePlan(List.of(PartialDate.ofMonth(2026, 4))))),
                of("CODE", "PPS on the Perban form",
                        sample(s -> s.samplingMethod(SamplingMethod.PROBABILITY_PROPORTIONAL_TO_SIZE)))
                        .at("msKeg.sampleDesign.samplingMethod")
                        .passing(sample(s -> s.samplingMethod(SamplingMethod.PROBABILITY_PROPORTIONAL_TO_SIZE)))
                        .passingIn(TestPackages.romantik()),
                of("CODE", "a code the settings exclude", design(d -> d.frequency(Frequency.TAHUNAN)))
                        .at("msKeg.design.frequency")
                        .with(RuleSettings.defaults().toBuilder().excludeCode(Frequency.TAHUNAN).build())
                        .passing(design(d -> d.frequency(Frequency.SEMESTERAN))));
    }
}
