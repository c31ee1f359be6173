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
import io.github.bpsconnector.metadata.code.CodeList;
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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A jqwik generator of <em>valid</em> packages: every choice is drawn independently (so jqwik can shrink each), and
 * {@link Spec#toPackage()} derives the rest so that the forms agree with each other and with the rules.
 * (Written here because the shared {@code MetadataArbitraries} of the JSON work was not on main yet.)
 */
final class ValidPackages {

    /** The texts allowed under "Lainnya (sebutkan)": none of them names a listed option. */
    private static final String OTHER_TEXT = "Kios pelayanan terpadu";
    private static final List<String> SUBJECTS = List.of("Kepuasan Masyarakat terhadap Layanan Perizinan",
            "Harga Komoditas Pangan Strategis", "Usaha Mikro dan Kecil", "Sarana Pendidikan Dasar",
            "Pemanfaatan Air Bersih", "Kunjungan Wisatawan Nusantara", "Pelayanan Kesehatan Ibu dan Anak");
    private static final Map<CollectionType, String> TITLE_METHOD = Map.of(
            CollectionType.PENCACAHAN_LENGKAP, "Sensus", CollectionType.SURVEI, "Survei",
            CollectionType.KOMPILASI_PRODUK_ADMINISTRASI, "Kompilasi Produk Administrasi",
            CollectionType.CARA_LAIN_SESUAI_DENGAN_PERKEMBANGAN_TI, "Big Data");
    private static final List<String> CONCEPT_WORDS = List.of("Kepuasan", "Layanan", "Harga", "Komoditas",
            "Pangan", "Usaha", "Pendidikan", "Sarana", "Tenaga", "Kerja", "Pendapatan", "Pengeluaran", "Konsumsi",
            "Air", "Bersih", "Pasien", "Perizinan", "Wisatawan");

    private ValidPackages() {
    }

    /** A generated package with the context it is valid in. */
    record Generated(MetadataPackage pkg, ValidationContext context) {
        @Override
        public String toString() {
            return context + " " + pkg.activity().title();
        }
    }

    static Arbitrary<Generated> packages() {
        return Builders.withBuilder(Spec::new)
                .use(Arbitraries.of(FormVersion.class)).inSetter((s, v) -> s.version = v)
                .use(Arbitraries.of(ProducerLevel.class)).inSetter((s, v) -> s.level = v)
                .use(Arbitraries.integers().between(0, 3650)).inSetter((s, v) ->
                        s.submission = LocalDate.of(2025, 1, 1).plusDays(v))
                .use(Arbitraries.of(CollectionType.class)).inSetter((s, v) -> s.type = v)
                .use(Arbitraries.integers().between(0, SUBJECTS.size() - 1)).inSetter((s, v) -> s.subject = v)
                .use(Arbitraries.of(true, false)).inSetter((s, v) -> s.recurring = v)
                .use(Arbitraries.of(Frequency.class)).inSetter((s, v) -> s.frequency = v)
                .use(Arbitraries.integers().between(1, 3)).inSetter((s, v) -> s.rounds = v)
                .use(Arbitraries.integers().between(0, 3)).inSetter((s, v) -> s.areas = v)
                .use(subset(CollectionMethod.class)).inSetter((s, v) -> s.methods = v)
                .use(subset(CollectionMode.class)).inSetter((s, v) -> s.modes = v)
                .use(subset(CollectionUnit.class)).inSetter((s, v) -> s.units = v)
                .use(subset(QualityCheckMethod.class)).inSetter((s, v) -> s.quality = v)
                .use(subset(AnalysisUnit.class)).inSetter((s, v) -> s.analysisUnits = v)
                .use(subset(PresentationLevel.class)).inSetter((s, v) -> s.levels = v)
                .use(Arbitraries.of(CollectionDesign.class)).inSetter((s, v) -> s.design = v)
                .use(Arbitraries.of(Sector.class)).inSetter((s, v) -> s.sector = v)
                .use(Arbitraries.of(StatisticsType.STATISTIK_SEKTORAL, StatisticsType.STATISTIK_KHUSUS))
                .inSetter((s, v) -> s.statisticsType = v)
                .use(Arbitraries.of(AnalysisMethod.class)).inSetter((s, v) -> s.analysisMethod = v)
                .use(Arbitraries.of(Education.class)).inSetter((s, v) -> s.education = v)
                .use(Arbitraries.of(FieldStaffType.class)).inSetter((s, v) -> s.staffType = v)
                .use(Arbitraries.integers().between(1, 20)).inSetter((s, v) -> s.supervisors = v)
                .use(Arbitraries.integers().between(0, 200)).inSetter((s, v) -> s.extraEnumerators = v)
                .use(Arbitraries.of(SampleStageType.class)).inSetter((s, v) -> s.stage = v)
                .use(Arbitraries.of(SamplingMethod.class)).inSetter((s, v) -> s.samplingMethod = v)
                .use(Arbitraries.of(SamplingFrame.class)).inSetter((s, v) -> s.frame = v)
                .use(Arbitraries.integers().between(1, 100_000)).inSetter((s, v) -> s.respondents = v)
                .use(Arbitraries.integers().between(0, 120)).inSetter((s, v) -> s.extraLead = v)
                .use(Arbitraries.integers().between(1, 60).list().ofSize(7)).inSetter((s, v) -> s.lengths = v)
                .use(Arbitraries.integers().between(0, 20).list().ofSize(7)).inSetter((s, v) -> s.gaps = v)
                .use(Arbitraries.of(true, false).list().ofSize(4)).inSetter((s, v) -> s.flags = v)
                .use(Arbitraries.integers().between(0, 200)).inSetter((s, v) -> s.releaseDelay = v)
                .use(Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(6)).inSetter((s, v) -> s.coded = v)
                .use(Arbitraries.integers().between(0, CONCEPT_WORDS.size() - 1).list().ofSize(3))
                .inSetter((s, v) -> s.conceptWords = v)
                .use(Arbitraries.integers().between(0, 4)).inSetter((s, v) -> s.indicators = v)
                .build(s -> new Generated(s.toPackage(), new ValidationContext(s.submission, s.level, s.version)));
    }

    private static <E extends Enum<E>> Arbitrary<Set<E>> subset(Class<E> type) {
        return Arbitraries.of(type).set().ofMinSize(1);
    }

    /** The raw choices; {@link #toPackage()} turns them into consistent forms. */
    static final class Spec {
        FormVersion version;
        ProducerLevel level;
        LocalDate submission;
        CollectionType type;
        int subject;
        boolean recurring;
        Frequency frequency;
        int rounds;
        int areas;
        Set<CollectionMethod> methods;
        Set<CollectionMode> modes;
        Set<CollectionUnit> units;
        Set<QualityCheckMethod> quality;
        Set<AnalysisUnit> analysisUnits;
        Set<PresentationLevel> levels;
        CollectionDesign design;
        Sector sector;
        StatisticsType statisticsType;
        AnalysisMethod analysisMethod;
        Education education;
        FieldStaffType staffType;
        int supervisors;
        int extraEnumerators;
        SampleStageType stage;
        SamplingMethod samplingMethod;
        SamplingFrame frame;
        int respondents;
        int extraLead;
        List<Integer> lengths;
        List<Integer> gaps;
        /** pilot, printed, digital, microdata. */
        List<Boolean> flags;
        int releaseDelay;
        /** One per MS-Var: whether it is coded (has a Klasifikasi Isian). */
        List<Boolean> coded;
        List<Integer> conceptWords;
        int indicators;

        private String title;
        private LocalDate collectionStart;

        MetadataPackage toPackage() {
            title = TITLE_METHOD.get(type) + " " + SUBJECTS.get(subject) + " Kabupaten Contoh"
                    + (recurring ? "" : " " + submission.getYear());
            Schedule schedule = schedule();
            List<MsVar> variables = variables();
            return MetadataPackage.builder()
                    .activity(keg(schedule))
                    .variables(variables)
                    .indicators(indicators(variables))
                    .build();
        }

        private MsKeg keg(Schedule schedule) {
            boolean staffed = modes().stream().anyMatch(FieldStaffRule.STAFFED_MODES::contains);
            return MsKeg.builder()
                    .title(title)
                    .year(submission.getYear())
                    .collectionType(type)
                    .sector(sector)
                    .statisticsType(statisticsType)
                    .hasBpsRecommendation(type == CollectionType.SURVEI ? flags.get(1) : null)
                    .recommendationId(type == CollectionType.SURVEI && flags.get(1) ? "V-26.3599.001" : null)
                    .organizer(Organizer.builder().institutionName("Dinas Contoh Kabupaten Contoh")
                            .contact(contact("(0331) 4875" + subject, "dinas@contoh.go.id")).build())
                    .responsibility(Responsibility.builder().echelon2("Bidang Statistik")
                            .technicalContact(TechnicalContact.builder().name("Petugas Contoh").position("Kepala Seksi")
                                    .contact(contact("+62 812 3456 78" + rounds, "seksi@contoh.go.id")).build())
                            .build())
                    .planning(Planning.builder().background("Latar belakang contoh.").objective("Tujuan contoh.")
                            .schedule(schedule)
                            .collectedVariables(coded.stream().map(c -> CollectedVariable.builder()
                                    .name("Variabel " + c).concept(concept()).definition("Definisi contoh.")
                                    .timeReference("Saat pencacahan").build()).toList())
                            .build())
                    .design(ActivityDesign.builder()
                            .repetition(recurring ? Repetition.BERULANG : Repetition.HANYA_SEKALI)
                            .frequency(recurring ? frequency : null)
                            .collectionDesign(design)
                            .geoCoverage(areas == 0 ? GeoCoverage.SELURUH_WILAYAH_INDONESIA
                                    : GeoCoverage.SEBAGIAN_WILAYAH_INDONESIA)
                            .coverageAreas(java.util.stream.IntStream.range(0, areas).mapToObj(i -> CoverageArea
                                    .builder().provinceCode("3" + i).provinceName("Provinsi Contoh " + i).build())
                                    .toList())
                            .collectionMethods(choice(methods()))
                            .collectionModes(choice(modes()))
                            .collectionUnits(choice(units))
                            .build())
                    .sampleDesign(type == CollectionType.SURVEI ? sampleDesign() : SampleDesign.EMPTY)
                    .dataCollection(DataCollection.builder()
                            .pilotSurvey(flags.get(0) || type == CollectionType.SURVEI
                                    || type == CollectionType.PENCACAHAN_LENGKAP)
                            .qualityCheckMethods(choice(quality))
                            .nonresponseAdjustment(flags.get(3))
                            .fieldStaffType(staffed ? inVersion(FieldStaffType.class, staffType) : null)
                            .minFieldStaffEducation(staffed ? education : null)
                            .supervisorCount(staffed ? supervisors : null)
                            .enumeratorCount(staffed ? enumerators() : null)
                            .fieldStaffTraining(staffed ? Boolean.TRUE : null)
                            .build())
                    .processingAndAnalysis(ProcessingAndAnalysis.builder()
                            .processingSteps(ProcessingSteps.builder().editing(true).coding(flags.get(2))
                                    .dataEntry(true).validation(flags.get(3)).build())
                            .analysisMethod(analysisMethod)
                            .analysisUnits(choice(analysisUnits))
                            .presentationLevels(choice(levels))
                            .build())
                    .dissemination(Dissemination.builder()
                            .printed(product(flags.get(1)))
                            .digital(product(true))
                            .microdata(product(flags.get(2)))
                            .build())
                    .build();
        }

        private Schedule schedule() {
            collectionStart = NoBackdateRule.earliestStart(submission, RuleSettings.defaults()).plusDays(extraLead);
            LocalDate planning = collectionStart.minusDays(30L + gaps.get(0));
            Schedule.Builder schedule = Schedule.builder()
                    .add(SchedulePhase.PERENCANAAN_KEGIATAN, range(planning, lengths.get(0)))
                    .add(SchedulePhase.DESAIN, range(planning.plusDays(gaps.get(1)), lengths.get(1)));
            LocalDate start = collectionStart;
            for (int round = 0; round < (recurring ? rounds : 1); round++) {
                schedule.add(SchedulePhase.PENGUMPULAN_DATA, range(start, lengths.get(2)));
                start = start.plusDays(lengths.get(2) + 30L);
            }
            LocalDate next = collectionStart;
            SchedulePhase[] later = {SchedulePhase.PENGOLAHAN_DATA, SchedulePhase.ANALISIS,
                    SchedulePhase.DISEMINASI_HASIL, SchedulePhase.EVALUASI};
            for (int i = 0; i < later.length; i++) {
                next = next.plusDays(gaps.get(i + 2));
                schedule.add(later[i], range(next, lengths.get(i + 3)));
            }
            return schedule.build();
        }

        private static DateRange range(LocalDate start, int days) {
            return DateRange.of(PartialDate.of(start), PartialDate.of(start.plusDays(days - 1L)));
        }

        private ProductAvailability product(boolean available) {
            ProductAvailability.Builder product = ProductAvailability.builder().available(available);
            if (available) {
                LocalDate firstRoundEnd = collectionStart.plusDays(lengths.get(2) - 1L);
                product.addReleaseDate(PartialDate.of(firstRoundEnd.plusDays(releaseDelay)));
            }
            return product.build();
        }

        private SampleDesign sampleDesign() {
            SamplingMethod method = inVersion(SamplingMethod.class, samplingMethod);
            boolean probability = method.selection() == SampleSelection.SAMPEL_PROBABILITAS;
            long days = (long) lengths.get(2) * (recurring ? rounds : 1);
            long capacity = enumerators() * days * RuleSettings.defaults().maxRespondentsPerEnumeratorPerDay();
            boolean staffed = modes().stream().anyMatch(FieldStaffRule.STAFFED_MODES::contains);
            return SampleDesign.builder()
                    .stageType(stage)
                    .lastStageSelection(method.selection())
                    .samplingMethod(method)
                    .samplingFrame(probability ? frame : null)
                    .overallSamplingFraction(probability ? "0,01" : null)
                    .expectedSamplingError(probability ? "5%" : null)
                    .samplingUnit("Rumah tangga")
                    .observationUnit("Individu")
                    .respondentCount(staffed ? (int) Math.min(respondents, capacity) : respondents)
                    .build();
        }

        private List<MsVar> variables() {
            List<MsVar> variables = new ArrayList<>();
            for (int i = 0; i < coded.size(); i++) {
                MsVar.Builder v = MsVar.builder().header(header()).number(i + 1)
                        .name("Variabel " + (i + 1)).alias("B1R" + (i + 1)).concept(concept())
                        .definition("Definisi contoh.").addSelectionReference("Peraturan contoh")
                        .timeReference("Saat pencacahan").dataType(coded.get(i) ? "Integer" : "String")
                        .questionText("Pertanyaan contoh?").publiclyAccessible(i % 2 == 0);
                if (coded.get(i)) {
                    v.addValueDomainEntry(new ValueDomainEntry("1", "Ya"))
                            .addValueDomainEntry(new ValueDomainEntry("2", "Tidak"))
                            .addValidationRule("Isian harus 1 atau 2");
                }
                variables.add(v.build());
            }
            return variables;
        }

        /** Indicator 1 is composite of the others when there are at least two; the others use this activity's variables. */
        private List<MsInd> indicators(List<MsVar> variables) {
            List<MsInd> indicators = new ArrayList<>();
            for (int i = 0; i < indicators(); i++) {
                MsInd.Builder b = MsInd.builder().header(header()).number(i + 1)
                        .name("Indikator " + (i + 1)).concept(concept()).definition("Definisi contoh.")
                        .interpretation("Interpretasi contoh.").formulaLatex("\\frac{a}{b}").measure("Persentase")
                        .unit("Persen").addPresentationClassification("Wilayah").estimationLevel("Kabupaten/Kota")
                        .publiclyAccessible(true);
                if (i == 0 && indicators() > 1) {
                    b.composite(true).componentIndicatorPublication("Publikasi contoh")
                            .componentIndicators(java.util.stream.IntStream.rangeClosed(2, indicators())
                                    .mapToObj(k -> "indikator " + k).toList());
                } else {
                    b.composite(false).addSourceActivity(title)
                            .addComponentVariable(variables.get(i % variables.size()).name());
                }
                indicators.add(b.build());
            }
            return indicators;
        }

        private ActivityHeader header() {
            return ActivityHeader.builder().title(title).organizer("Dinas Contoh").build();
        }

        private int indicators() {
            return indicators;
        }

        private int enumerators() {
            return supervisors + extraEnumerators;
        }

        private String concept() {
            return conceptWords.stream().map(CONCEPT_WORDS::get).distinct().collect(Collectors.joining(" "));
        }

        private Set<CollectionMethod> methods() {
            Set<CollectionMethod> result = EnumSet.copyOf(methods);
            if (type == CollectionType.KOMPILASI_PRODUK_ADMINISTRASI) {
                result.add(CollectionMethod.PENGUMPULAN_DATA_SEKUNDER);
            } else if (!result.contains(CollectionMethod.WAWANCARA) && !result.contains(CollectionMethod.PENGAMATAN)
                    && !result.contains(CollectionMethod.MENGISI_KUESIONER_SENDIRI)) {
                result.add(CollectionMethod.WAWANCARA);
            }
            return result;
        }

        private Set<CollectionMode> modes() {
            Set<CollectionMode> result = EnumSet.copyOf(modes);
            if (type == CollectionType.CARA_LAIN_SESUAI_DENGAN_PERKEMBANGAN_TI) {
                result.remove(CollectionMode.PAPI);
                result.add(CollectionMode.CAWI);
            }
            return result;
        }

        private <E extends Enum<E> & CodeList> E inVersion(Class<E> type, E wanted) {
            if (wanted.code(version).isPresent()) {
                return wanted;
            }
            return Arrays.stream(type.getEnumConstants()).filter(e -> e.code(version).isPresent()
                    && !(e instanceof SamplingMethod m && m.selection() != ((SamplingMethod) wanted).selection()))
                    .findFirst().orElseThrow();
        }

        private static <E extends Enum<E> & CodeList> MultiChoice<E> choice(Set<E> selected) {
            boolean other = selected.stream().anyMatch(e -> e.name().equals(MultiChoiceItem.OTHER));
            return MultiChoice.of(selected, other ? OTHER_TEXT : null);
        }

        private static ContactDetails contact(String phone, String email) {
            return ContactDetails.builder().address("Jl. Contoh No. 1").phone(phone).fax("-").email(email).build();
        }
    }
}
