package io.github.bpsconnector.metadata;

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
import net.jqwik.api.Combinators;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * jqwik generators of the metadata model: any package, form, block or value the model can hold, from empty drafts
 * to fully filled forms, including odd text (Unicode, blank, control characters), partial dates and every code.
 * Public so that other tests (rules, import, wire mapping) can reuse and compose them.
 */
public final class MetadataArbitraries {

    private static final List<String> WORDS = List.of("Survei", "Kepuasan", "Jemaah", "Haji", "2018", "Kabupaten",
            "Jember", "Dinas", "Kesehatan", "rumah tangga", "Persentase", "(tanpa satuan)", "B1R5K1", "≥ 85", "–",
            "‘tidak memuaskan’", "\\frac{a}{b}", "\"kutip\"", "a/b~c", "baris\nbaru", "\t", " ", "é", "中文");

    private MetadataArbitraries() {
    }

    /** Text as a form item may hold it: {@code null}, blank (normalised to {@code null}), words or any BMP text. */
    public static Arbitrary<String> texts() {
        Arbitrary<String> words = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(6)
                .map(parts -> String.join(" ", parts));
        Arbitrary<String> anyText = Arbitraries.strings().withCharRange('\u0000', '\uD7FF')
                .withCharRange('\uE000', '\uFFFD').ofMaxLength(40);
        return Arbitraries.oneOf(words, anyText).injectNull(0.25);
    }

    /** Non-blank text, as an entry of a text list must be. */
    public static Arbitrary<String> nonBlankTexts() {
        return texts().filter(text -> text != null && !text.isBlank());
    }

    /** A list of non-blank texts, possibly empty. */
    public static Arbitrary<List<String>> textLists() {
        return nonBlankTexts().list().ofMaxSize(4);
    }

    /** Any {@code Integer}, or {@code null}. */
    public static Arbitrary<Integer> integers() {
        return Arbitraries.integers().injectNull(0.2);
    }

    /** A Ya/Tidak answer, or {@code null}. */
    public static Arbitrary<Boolean> booleans() {
        return Arbitraries.of(true, false).injectNull(0.25);
    }

    /** A value of the code list, or {@code null}. */
    public static <E extends Enum<E> & CodeList> Arbitrary<E> codes(Class<E> type) {
        return Arbitraries.of(type).injectNull(0.2);
    }

    /** A multiple-choice answer of the code list: any subset, with or without Lainnya text. */
    public static <E extends Enum<E> & CodeList> Arbitrary<MultiChoice<E>> multiChoices(Class<E> type) {
        return Combinators.combine(Arbitraries.subsetOf(type.getEnumConstants()), texts())
                .as(MultiChoice::of);
    }

    /** A day or a month, years 1&ndash;9999. */
    public static Arbitrary<PartialDate> partialDates() {
        Arbitrary<YearMonth> months = Combinators.combine(
                Arbitraries.integers().between(1, 9999).edgeCases(c -> c.includeOnly(1, 2018, 9999)),
                Arbitraries.integers().between(1, 12)).as(YearMonth::of);
        return Combinators.combine(months, Arbitraries.integers().between(0, 31)).as((month, day) -> day == 0
                ? PartialDate.of(month)
                : PartialDate.of(LocalDate.of(month.getYear(), month.getMonthValue(),
                Math.min(day, month.lengthOfMonth()))));
    }

    /** A date range with at least one bound. */
    public static Arbitrary<DateRange> dateRanges() {
        Arbitrary<PartialDate> bound = partialDates().injectNull(0.2);
        return Combinators.combine(bound, bound).as(DateRange::new).ignoreException(IllegalArgumentException.class);
    }

    /** A schedule: any phases, each with up to three ranges (a phase without ranges is absent). */
    public static Arbitrary<Schedule> schedules() {
        SchedulePhase[] phases = SchedulePhase.values();
        return dateRanges().list().ofMaxSize(3).list().ofSize(phases.length).map(rangesPerPhase -> {
            Schedule.Builder schedule = Schedule.builder();
            for (int i = 0; i < phases.length; i++) {
                schedule.ranges(phases[i], rangesPerPhase.get(i));
            }
            return schedule.build();
        });
    }

    /** Address and contact lines. */
    public static Arbitrary<ContactDetails> contacts() {
        return Combinators.combine(texts(), texts(), texts(), texts()).as(ContactDetails::new);
    }

    /** Blok I. */
    public static Arbitrary<Organizer> organizers() {
        return Combinators.combine(texts(), contacts()).as(Organizer::new);
    }

    /** Blok II. */
    public static Arbitrary<Responsibility> responsibilities() {
        Arbitrary<TechnicalContact> contact = Combinators.combine(texts(), texts(), contacts())
                .as(TechnicalContact::new);
        return Combinators.combine(texts(), texts(), contact).as(Responsibility::new);
    }

    /** Blok III. */
    public static Arbitrary<Planning> plannings() {
        Arbitrary<CollectedVariable> variable = Combinators.combine(texts(), texts(), texts(), texts())
                .as(CollectedVariable::new);
        return Combinators.combine(texts(), texts(), schedules(), variable.list().ofMaxSize(3)).as(Planning::new);
    }

    /** Blok IV. */
    public static Arbitrary<ActivityDesign> designs() {
        Arbitrary<CoverageArea> area = Combinators.combine(texts(), texts(), texts(), texts()).as(CoverageArea::new);
        return Builders.withBuilder(ActivityDesign::builder)
                .use(codes(Repetition.class)).in(ActivityDesign.Builder::repetition)
                .use(codes(Frequency.class)).in(ActivityDesign.Builder::frequency)
                .use(codes(CollectionDesign.class))
                .in(ActivityDesign.Builder::collectionDesign)
                .use(codes(GeoCoverage.class))
                .in(ActivityDesign.Builder::geoCoverage)
                .use(area.list().ofMaxSize(3)).in(ActivityDesign.Builder::coverageAreas)
                .use(multiChoices(CollectionMethod.class))
                .in(ActivityDesign.Builder::collectionMethods)
                .use(multiChoices(CollectionMode.class))
                .in(ActivityDesign.Builder::collectionModes)
                .use(multiChoices(CollectionUnit.class))
                .in(ActivityDesign.Builder::collectionUnits)
                .build(ActivityDesign.Builder::build);
    }

    /** Blok V. */
    public static Arbitrary<SampleDesign> sampleDesigns() {
        return Builders.withBuilder(SampleDesign::builder)
                .use(codes(SampleStageType.class))
                .in(SampleDesign.Builder::stageType)
                .use(codes(SampleSelection.class))
                .in(SampleDesign.Builder::lastStageSelection)
                .use(codes(SamplingMethod.class))
                .in(SampleDesign.Builder::samplingMethod)
                .use(codes(SamplingFrame.class))
                .in(SampleDesign.Builder::samplingFrame)
                .use(texts()).in(SampleDesign.Builder::overallSamplingFraction)
                .use(texts()).in(SampleDesign.Builder::expectedSamplingError)
                .use(texts()).in(SampleDesign.Builder::samplingUnit)
                .use(texts()).in(SampleDesign.Builder::observationUnit)
                .use(integers()).in(SampleDesign.Builder::respondentCount)
                .build(SampleDesign.Builder::build);
    }

    /** Blok VI. */
    public static Arbitrary<DataCollection> dataCollections() {
        return Builders.withBuilder(DataCollection::builder)
                .use(booleans()).in(DataCollection.Builder::pilotSurvey)
                .use(multiChoices(QualityCheckMethod.class))
                .in(DataCollection.Builder::qualityCheckMethods)
                .use(booleans()).in(DataCollection.Builder::nonresponseAdjustment)
                .use(codes(FieldStaffType.class))
                .in(DataCollection.Builder::fieldStaffType)
                .use(codes(Education.class))
                .in(DataCollection.Builder::minFieldStaffEducation)
                .use(integers()).in(DataCollection.Builder::supervisorCount)
                .use(integers()).in(DataCollection.Builder::enumeratorCount)
                .use(booleans()).in(DataCollection.Builder::fieldStaffTraining)
                .build(DataCollection.Builder::build);
    }

    /** Blok VII. */
    public static Arbitrary<ProcessingAndAnalysis> processings() {
        Arbitrary<ProcessingSteps> steps = Combinators.combine(booleans(), booleans(), booleans(), booleans())
                .as(ProcessingSteps::new);
        return Combinators.combine(steps, codes(AnalysisMethod.class),
                multiChoices(AnalysisUnit.class),
                multiChoices(PresentationLevel.class))
                .as(ProcessingAndAnalysis::new);
    }

    /** Blok VIII. */
    public static Arbitrary<Dissemination> disseminations() {
        Arbitrary<ProductAvailability> product = Combinators.combine(booleans(), partialDates().list().ofMaxSize(3))
                .as(ProductAvailability::new);
        return Combinators.combine(product, product, product).as(Dissemination::new);
    }

    /** Any MS-Keg, from empty to full. */
    public static Arbitrary<MsKeg> msKegs() {
        return Builders.withBuilder(MsKeg::builder)
                .use(texts()).in(MsKeg.Builder::title)
                .use(integers()).in(MsKeg.Builder::year)
                .use(texts()).in(MsKeg.Builder::activityCode)
                .use(codes(CollectionType.class))
                .in(MsKeg.Builder::collectionType)
                .use(codes(Sector.class)).in(MsKeg.Builder::sector)
                .use(booleans()).in(MsKeg.Builder::hasBpsRecommendation)
                .use(texts()).in(MsKeg.Builder::recommendationId)
                .use(codes(StatisticsType.class))
                .in(MsKeg.Builder::statisticsType)
                .use(organizers()).withProbability(0.8).in(MsKeg.Builder::organizer)
                .use(responsibilities()).withProbability(0.8).in(MsKeg.Builder::responsibility)
                .use(plannings()).withProbability(0.8).in(MsKeg.Builder::planning)
                .use(designs()).withProbability(0.8).in(MsKeg.Builder::design)
                .use(sampleDesigns()).withProbability(0.6).in(MsKeg.Builder::sampleDesign)
                .use(dataCollections()).withProbability(0.8).in(MsKeg.Builder::dataCollection)
                .use(processings()).withProbability(0.8).in(MsKeg.Builder::processingAndAnalysis)
                .use(disseminations()).withProbability(0.8).in(MsKeg.Builder::dissemination)
                .build(MsKeg.Builder::build);
    }

    /** The header of an MS-Var or MS-Ind. */
    public static Arbitrary<ActivityHeader> headers() {
        return Combinators.combine(texts(), texts(), texts()).as(ActivityHeader::new);
    }

    /** Any MS-Var, from empty to full. */
    public static Arbitrary<MsVar> msVars() {
        Arbitrary<ValueDomainEntry> entry = Combinators.combine(texts(), texts()).as(ValueDomainEntry::new);
        return Builders.withBuilder(MsVar::builder)
                .use(headers()).in(MsVar.Builder::header)
                .use(integers()).in(MsVar.Builder::number)
                .use(texts()).in(MsVar.Builder::name)
                .use(texts()).in(MsVar.Builder::alias)
                .use(texts()).in(MsVar.Builder::concept)
                .use(texts()).in(MsVar.Builder::definition)
                .use(textLists()).in(MsVar.Builder::selectionReferences)
                .use(texts()).in(MsVar.Builder::timeReference)
                .use(texts()).in(MsVar.Builder::dataType)
                .use(entry.list().ofMaxSize(5)).in(MsVar.Builder::valueDomain)
                .use(texts()).in(MsVar.Builder::classificationReference)
                .use(textLists()).in(MsVar.Builder::validationRules)
                .use(texts()).in(MsVar.Builder::questionText)
                .use(booleans()).in(MsVar.Builder::publiclyAccessible)
                .use(texts()).in(MsVar.Builder::measure)
                .use(texts()).in(MsVar.Builder::unit)
                .use(texts()).in(MsVar.Builder::sdsId)
                .build(MsVar.Builder::build);
    }

    /** Any MS-Ind, from empty to full. */
    public static Arbitrary<MsInd> msInds() {
        return Builders.withBuilder(MsInd::builder)
                .use(headers()).in(MsInd.Builder::header)
                .use(integers()).in(MsInd.Builder::number)
                .use(texts()).in(MsInd.Builder::name)
                .use(texts()).in(MsInd.Builder::concept)
                .use(texts()).in(MsInd.Builder::definition)
                .use(texts()).in(MsInd.Builder::interpretation)
                .use(texts()).in(MsInd.Builder::calculationMethod)
                .use(texts()).in(MsInd.Builder::formulaLatex)
                .use(texts()).in(MsInd.Builder::measure)
                .use(texts()).in(MsInd.Builder::unit)
                .use(textLists()).in(MsInd.Builder::presentationClassifications)
                .use(booleans()).in(MsInd.Builder::composite)
                .use(texts()).in(MsInd.Builder::componentIndicatorPublication)
                .use(textLists()).in(MsInd.Builder::componentIndicators)
                .use(textLists()).in(MsInd.Builder::sourceActivities)
                .use(textLists()).in(MsInd.Builder::sourceActivityCodes)
                .use(textLists()).in(MsInd.Builder::componentVariables)
                .use(texts()).in(MsInd.Builder::estimationLevel)
                .use(booleans()).in(MsInd.Builder::publiclyAccessible)
                .use(texts()).in(MsInd.Builder::sdsId)
                .build(MsInd.Builder::build);
    }

    /** A reference to a supporting document, with or without description and digest. */
    public static Arbitrary<AttachmentRef> attachments() {
        Arbitrary<String> digests = Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofLength(64)
                .injectNull(0.5);
        return Combinators.combine(Arbitraries.of(AttachmentKind.class), nonBlankTexts(), texts(), digests)
                .as(AttachmentRef::new);
    }

    /** Any package: an MS-Keg with up to three MS-Var, three MS-Ind and three attachments. */
    public static Arbitrary<MetadataPackage> packages() {
        return Combinators.combine(msKegs(), msVars().list().ofMaxSize(3), msInds().list().ofMaxSize(3),
                attachments().list().ofMaxSize(3)).as(MetadataPackage::new);
    }
}
