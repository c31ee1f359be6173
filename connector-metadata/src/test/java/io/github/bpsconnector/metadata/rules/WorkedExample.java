package io.github.bpsconnector.metadata.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bpsconnector.metadata.ActivityDesign;
import io.github.bpsconnector.metadata.CollectedVariable;
import io.github.bpsconnector.metadata.ContactDetails;
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
import io.github.bpsconnector.metadata.code.CodeLists;
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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The worked example of Peraturan BPS 5/2020 (Survei Kepuasan Jamaah Haji Indonesia 2018) as a full package:
 * the real values of {@code fixtures/perban5-2020-skjhi2018-worked-example.json} (a copy of the shared extract),
 * values we derive from its text (named in the fill file's header), and the invented values of
 * {@code fixtures/skjhi2018-synthetic-fill.json}, which says so in its header and marks its text "(sintetis)".
 */
final class WorkedExample {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode records;
    private final JsonNode fill;

    private WorkedExample(JsonNode extract, JsonNode fill) {
        this.records = extract.get("records");
        this.fill = fill;
    }

    static WorkedExample load() {
        return new WorkedExample(read("/fixtures/perban5-2020-skjhi2018-worked-example.json"),
                read("/fixtures/skjhi2018-synthetic-fill.json"));
    }

    /** The (invented) day the package is submitted, before the example's data collection. */
    LocalDate submissionDate() {
        return LocalDate.parse(fill.get("submissionDate").asText());
    }

    /** The title: the Nama Kegiatan of the MS-Var and MS-Ind header, which C10 requires the MS-Keg to carry. */
    String title() {
        return records.get(1).get("nama_kegiatan").asText();
    }

    MetadataPackage toPackage() {
        MetadataPackage.Builder pkg = MetadataPackage.builder().activity(keg());
        pkg.addVariable(variable(records.get(1), records.get(1)));
        pkg.addVariable(variable(records.get(2), records.get(1)));
        pkg.addIndicator(fullIndicator(records.get(3)));
        for (int i = 4; i < records.size(); i++) {
            pkg.addIndicator(componentIndicator(records.get(i)));
        }
        return pkg.build();
    }

    private MsKeg keg() {
        JsonNode real = records.get(0);
        JsonNode f = fill.get("msKeg");
        return MsKeg.builder()
                .title(title())
                .year(2018)
                .collectionType(CollectionType.SURVEI)
                .sector(code(Sector.class, f, "sector"))
                .statisticsType(code(StatisticsType.class, f, "statisticsType"))
                .hasBpsRecommendation(f.get("hasBpsRecommendation").asBoolean())
                .recommendationId(f.get("recommendationId").asText())
                .organizer(Organizer.builder()
                        .institutionName(real.get("identifikasi_penyelenggara").get("value").asText())
                        .contact(ContactDetails.builder().address(text(f, "organizerAddress"))
                                .phone(text(f, "organizerPhone")).fax(text(f, "organizerFax"))
                                .email(text(f, "organizerEmail")).build())
                        .build())
                .responsibility(Responsibility.builder()
                        .echelon2(text(f, "echelon2"))
                        .technicalContact(TechnicalContact.builder()
                                .name(text(f, "technicalContactName"))
                                .position(text(f, "technicalContactPosition"))
                                .contact(ContactDetails.builder().address(text(f, "technicalContactAddress"))
                                        .phone(text(f, "technicalContactPhone"))
                                        .email(text(f, "technicalContactEmail")).build())
                                .build())
                        .build())
                .planning(Planning.builder()
                        .background(text(f, "background"))
                        .objective(real.get("tujuan_pelaksanaan").get("value").asText())
                        .schedule(schedule(f.get("schedule")))
                        .collectedVariables(List.of(collected(records.get(1)), collected(records.get(2))))
                        .build())
                .design(ActivityDesign.builder()
                        .repetition(code(Repetition.class, f, "repetition"))
                        .frequency(code(Frequency.class, f, "frequency"))
                        .collectionDesign(code(CollectionDesign.class, f, "collectionDesign"))
                        .geoCoverage(CodeLists.parse(GeoCoverage.class, real.get("cakupan_wilayah").get("value")
                                .asText()))
                        .collectionMethods(choice(CollectionMethod.class, f, "collectionMethods"))
                        .collectionModes(choice(CollectionMode.class, f, "collectionModes"))
                        .collectionUnits(choice(CollectionUnit.class, f, "collectionUnits"))
                        .build())
                .sampleDesign(sampleDesign(real.get("rancangan_pengumpulan_data_metodologi").get("value").asText(),
                        f))
                .dataCollection(DataCollection.builder()
                        .pilotSurvey(f.get("pilotSurvey").asBoolean())
                        .qualityCheckMethods(choice(QualityCheckMethod.class, f, "qualityCheckMethods"))
                        .nonresponseAdjustment(f.get("nonresponseAdjustment").asBoolean())
                        .fieldStaffType(code(FieldStaffType.class, f, "fieldStaffType"))
                        .minFieldStaffEducation(code(Education.class, f, "minFieldStaffEducation"))
                        .supervisorCount(f.get("supervisorCount").asInt())
                        .enumeratorCount(f.get("enumeratorCount").asInt())
                        .fieldStaffTraining(f.get("fieldStaffTraining").asBoolean())
                        .build())
                .processingAndAnalysis(ProcessingAndAnalysis.builder()
                        // Tabel 1 no.7: "Editing - Coding - Data Entri/Scan - Validasi"
                        .processingSteps(ProcessingSteps.builder().editing(true).coding(true).dataEntry(true)
                                .validation(true).build())
                        // Tabel 1 no.9: "Analisis deskriptif"
                        .analysisMethod(AnalysisMethod.DESKRIPTIF)
                        .analysisUnits(choice(AnalysisUnit.class, f, "analysisUnits"))
                        .presentationLevels(MultiChoice.of(CodeLists.parse(PresentationLevel.class,
                                real.get("level_estimasi").get("value").asText())))
                        .build())
                .dissemination(Dissemination.builder()
                        .printed(ProductAvailability.builder().available(f.get("printedAvailable").asBoolean())
                                .build())
                        // the Berita Resmi Statistik of the example's MS-Ind column 11 is dated 2018-11-22
                        .digital(ProductAvailability.builder().available(true)
                                .addReleaseDate(PartialDate.ofDay(2018, 11, 22)).build())
                        .microdata(ProductAvailability.builder().available(f.get("microdataAvailable").asBoolean())
                                .build())
                        .build())
                .build();
    }

    /** Tabel 1 no.6: "four stage sampling dengan sampel probabilitas", stages drawn from lists, 650 jemaah. */
    private static SampleDesign sampleDesign(String methodology, JsonNode f) {
        return SampleDesign.builder()
                .stageType(SampleStageType.MULTI_STAGE_ATAU_PHASE)
                .lastStageSelection(SampleSelection.SAMPEL_PROBABILITAS)
                .samplingMethod(SamplingMethod.MULTI_STAGE_SAMPLING)
                .samplingFrame(SamplingFrame.LIST_FRAME)
                .overallSamplingFraction(methodology.substring(methodology.indexOf("Fraksi sampel")))
                .expectedSamplingError(text(f, "expectedSamplingError"))
                .samplingUnit("Jemaah haji reguler")
                .observationUnit("Jemaah haji reguler")
                .respondentCount(650)
                .build();
    }

    private static CollectedVariable collected(JsonNode variable) {
        return CollectedVariable.builder()
                .name(variable.get("nama_variabel").asText())
                .concept(variable.get("konsep").get("value").asText())
                .definition(variable.get("definisi").get("value").asText())
                .timeReference(variable.get("referensi_waktu").get("value").asText())
                .build();
    }

    /** A real MS-Var; a Klasifikasi Isian the extract lacks (an image) is copied from {@code domainSource}. */
    private MsVar variable(JsonNode v, JsonNode domainSource) {
        JsonNode domain = v.get("klasifikasi_isian_domain_value").get("value");
        if (domain.isNull()) {
            domain = domainSource.get("klasifikasi_isian_domain_value").get("value");
        }
        List<ValueDomainEntry> entries = new ArrayList<>();
        domain.forEach(e -> entries.add(new ValueDomainEntry(e.get("kode").asText(), e.get("label").asText())));
        return MsVar.builder()
                .activityTitle(v.get("nama_kegiatan").asText())
                .organizer(organizer())
                .number(v.get("no").asInt())
                .name(v.get("nama_variabel").asText())
                .alias(v.get("alias").get("value").asText())
                .concept(v.get("konsep").get("value").asText())
                .definition(v.get("definisi").get("value").asText())
                .addSelectionReference(v.get("referensi_pemilihan").get("value").asText())
                .timeReference(v.get("referensi_waktu").get("value").asText())
                .dataType(v.get("tipe_data").get("value").asText())
                .valueDomain(entries)
                .addValidationRule(v.get("aturan_validasi").get("value").asText())
                .questionText(v.get("kalimat_pertanyaan").get("value").asText())
                .publiclyAccessible(v.get("dapat_diakses_umum").get("code").asInt() == 1)
                .build();
    }

    private MsInd fullIndicator(JsonNode i) {
        return MsInd.builder()
                .activityTitle(i.get("nama_kegiatan").asText())
                .organizer(organizer())
                .number(i.get("no").asInt())
                .name(i.get("nama_indikator").get("value").asText())
                .concept(i.get("konsep").get("value").asText())
                .definition(i.get("definisi").get("value").asText())
                .interpretation(i.get("interpretasi").get("value").asText())
                .calculationMethod(i.get("metode_rumus_penghitungan").get("value").asText())
                .measure(i.get("ukuran").get("value").asText())
                .unit(i.get("satuan").get("value").asText())
                .presentationClassifications(texts(i.get("klasifikasi_penyajian").get("value")))
                .composite(i.get("apakah_indikator_komposit").get("code").asInt() == 1)
                .componentIndicatorPublication(i.get("publikasi_ketersediaan_indikator_pembangun").get("value")
                        .asText())
                .componentIndicators(texts(i.get("nama_indikator_pembangun").get("value")))
                .estimationLevel(i.get("level_estimasi").get("value").asText())
                .publiclyAccessible(i.get("dapat_diakses_umum").get("code").asInt() == 1)
                .build();
    }

    /** A partial MS-Ind (real name and definition) completed with the invented values of the fill. */
    private MsInd componentIndicator(JsonNode i) {
        JsonNode f = fill.get("msIndComponents");
        return MsInd.builder()
                .activityTitle(title())
                .organizer(organizer())
                .number(i.get("no").asInt())
                .name(i.get("nama_indikator").asText())
                .definition(i.get("definisi").asText())
                .concept(text(f, "concept"))
                .interpretation(text(f, "interpretation"))
                .calculationMethod(text(f, "calculationMethod"))
                .measure(text(f, "measure"))
                .unit(text(f, "unit"))
                .presentationClassifications(texts(f.get("presentationClassifications")))
                .composite(f.get("composite").asBoolean())
                .addSourceActivity(title())
                .componentVariables(List.of(records.get(1).get("nama_variabel").asText(),
                        records.get(2).get("nama_variabel").asText()))
                .estimationLevel(text(f, "estimationLevel"))
                .publiclyAccessible(f.get("publiclyAccessible").asBoolean())
                .build();
    }

    /** The header Penyelenggara: the MS-Keg Instansi (Bagan 60, which shows it, is an image). */
    private String organizer() {
        return records.get(0).get("identifikasi_penyelenggara").get("value").asText();
    }

    private static Schedule schedule(JsonNode phases) {
        Schedule.Builder schedule = Schedule.builder();
        phases.fields().forEachRemaining(e -> schedule.add(CodeLists.parse(SchedulePhase.class, e.getKey()),
                DateRange.parse(e.getValue().get(0).asText(), e.getValue().get(1).asText())));
        return schedule.build();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private static String text(JsonNode node, String key) {
        return node.get(key).asText();
    }

    private static <E extends Enum<E> & CodeList> E code(Class<E> type, JsonNode node, String key) {
        return CodeLists.parse(type, node.get(key).asText());
    }

    private static <E extends Enum<E> & CodeList> MultiChoice<E> choice(Class<E> type, JsonNode node, String key) {
        Set<E> values = EnumSet.noneOf(type);
        node.get(key).forEach(v -> values.add(CodeLists.parse(type, v.asText())));
        return MultiChoice.of(values, null);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = WorkedExample.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
