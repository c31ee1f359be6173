package io.github.bpsconnector.workflow.sop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SopTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Sop sop = Sop.bundled();

    /** The SOP table of DESIGN.md: number, actor, portal, duration. */
    @ParameterizedTest(name = "step {0}")
    @CsvSource({
            "1,  PRODUSEN_DATA, ROMANTIK, WORKING_DAYS, 1",
            "2,  PRODUSEN_DATA, ROMANTIK, WORKING_DAYS, 3",
            "3,  WALIDATA,      ROMANTIK, WORKING_DAYS, 3",
            "4,  PEMBINA_DATA,  ROMANTIK, WORKING_DAYS, 3",
            "5,  PEMBINA_DATA,  ROMANTIK, WORKING_DAYS, 1",
            "6,  PRODUSEN_DATA, NONE,     MINUTES,      30",
            "7,  PRODUSEN_DATA, ROMANTIK, WORKING_DAYS, 1",
            "8,  PRODUSEN_DATA, NONE,     WORKING_DAYS, 1",
            "9,  WALIDATA,      INDAH,    WORKING_DAYS, 1",
            "10, PEMBINA_DATA,  INDAH,    WORKING_DAYS, 3",
            "11, WALIDATA,      INDAH,    WORKING_DAYS, 3",
            "12, PRODUSEN_DATA, NONE,     NONE,         0"})
    void bundledStepsMatchTheDesignTable(int number, Actor actor, Portal portal, StepDuration.Unit unit, int amount) {
        SopStep step = sop.step(number);

        assertThat(step.number()).isEqualTo(number);
        assertThat(step.actor()).isEqualTo(actor);
        assertThat(step.portal()).isEqualTo(portal);
        assertThat(step.duration()).isEqualTo(new StepDuration(unit, amount));
        assertThat(step.name()).isNotBlank();
        assertThat(step.summary()).isNotBlank();
    }

    @Test
    void bundledSopHasTwelveStepsWithTheirOutputs() {
        assertThat(sop.steps()).hasSize(12);
        assertThat(sop.code()).isEqualTo("000.8.3.4/20.2/35.09.323/2026");
        assertThat(sop.step(2).inputs()).contains("MS-Keg", "MS-Var", "MS-Ind", "KAK");
        assertThat(sop.step(3).outputs()).containsExactly("Catatan pemeriksaan Walidata");
        assertThat(sop.step(5).outputs()).containsExactly("Surat Rekomendasi");
        assertThat(sop.step(12).outputs()).isEmpty();
        assertThat(sop.steps()).map(SopStep::id).doesNotHaveDuplicates();
    }

    @Test
    void belumMemenuhiGoesBackWhereTheSopSays() {
        assertThat(sop.returnTarget(sop.step(3))).map(SopStep::number).contains(2);
        assertThat(sop.returnTarget(sop.step(4))).map(SopStep::number).contains(2);
        assertThat(sop.returnTarget(sop.step(9))).map(SopStep::number).contains(8);
        assertThat(sop.returnTarget(sop.step(10))).map(SopStep::number).contains(9);
        assertThat(sop.steps()).filteredOn(SopStep::canReturn).map(SopStep::number).containsExactly(3, 4, 9, 10);
    }

    @Test
    void stepsAreFoundByIdAndFollowEachOther() {
        SopStep upload = sop.step("unggah-surat-komitmen");

        assertThat(upload.number()).isEqualTo(7);
        assertThat(sop.next(upload)).map(SopStep::id).contains("laporkan-ke-walidata");
        assertThat(sop.next(sop.step(12))).isEmpty();
        assertThat(sop.find("no-such-step")).isEmpty();
        assertThatThrownBy(() -> sop.step(13)).isInstanceOf(NoSuchElementException.class).hasMessageContaining("13");
        assertThatThrownBy(() -> sop.step("no-such-step")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void aRegionLoadsItsOwnSopFromAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sop-daerah.json");
        Files.writeString(file, """
                {"code": "SOP/1/2027", "title": "Metadata", "issuer": "Diskominfo Kota Contoh",
                 "steps": [
                   {"number": 1, "id": "ajukan-rekomendasi", "name": "Mengajukan", "summary": "Submit",
                    "actor": "PRODUSEN_DATA", "portal": "ROMANTIK", "duration": {"workingDays": 2},
                    "inputs": ["MS-Keg"], "outputs": ["Pengajuan"]},
                   {"number": 2, "id": "periksa-walidata", "name": "Memeriksa", "summary": "Check",
                    "actor": "walidata", "portal": "romantik", "duration": {"minutes": 90},
                    "inputs": ["Pengajuan"], "outputs": [], "returnsTo": 1}
                 ]}
                """);

        Sop regional = Sop.load(file);

        assertThat(regional.steps()).hasSize(2);
        assertThat(regional.step("periksa-walidata").duration()).isEqualTo(StepDuration.minutes(90));
        assertThat(regional.step("periksa-walidata").actor()).isEqualTo(Actor.WALIDATA);
        assertThat(regional.returnTarget(regional.step(2))).map(SopStep::id).contains("ajukan-rekomendasi");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{\"number\": 2, \"id\": \"a\"}                                    | steps[0].number",
            "{\"number\": 1, \"id\": \"A b\"}                                  | steps[0].id",
            "{\"number\": 1, \"id\": \"a\", \"actor\": \"BUPATI\"}             | steps[0].actor",
            "{\"number\": 1, \"id\": \"a\", \"duration\": {\"hours\": 2}}      | steps[0].duration",
            "{\"number\": 1, \"id\": \"a\", \"duration\": {\"minutes\": 0}}    | steps[0].duration",
            "{\"number\": 1, \"id\": \"a\", \"returnsTo\": 1}                  | steps[0].returnsTo",
            "{\"number\": 1, \"id\": \"a\", \"inputs\": [\"\"]}                | steps[0].inputs[0]"})
    void aBrokenDefinitionIsRefusedNamingTheField(String overrides, String field) {
        String json = "{\"code\": \"X\", \"title\": \"T\", \"issuer\": \"I\", \"steps\": [" + step(overrides) + "]}";

        assertThatThrownBy(() -> Sop.read(stream(json), "sop.json"))
                .isInstanceOf(DefinitionFormatException.class)
                .hasMessageStartingWith("sop.json: " + field)
                .satisfies(e -> assertThat(((DefinitionFormatException) e).field()).isEqualTo(field));
    }

    @Test
    void duplicateIdsAndNonJsonAreRefused() {
        String twice = "{\"code\": \"X\", \"title\": \"T\", \"issuer\": \"I\", \"steps\": ["
                + step("{\"number\": 1, \"id\": \"a\"}") + "," + step("{\"number\": 2, \"id\": \"a\"}") + "]}";

        assertThatThrownBy(() -> Sop.read(stream(twice), "sop.json"))
                .isInstanceOf(DefinitionFormatException.class).hasMessageContaining("steps[1].id: duplicate id 'a'");
        assertThatThrownBy(() -> Sop.read(stream("{\"steps\": [}"), "sop.json"))
                .isInstanceOf(DefinitionFormatException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> Sop.read(stream("[]"), "sop.json"))
                .isInstanceOf(DefinitionFormatException.class).hasMessageContaining("must be a JSON object");
    }

    /** A valid step with the given fields replaced. */
    private static String step(String overrides) {
        String base = "{\"number\": 1, \"id\": \"a\", \"name\": \"N\", \"summary\": \"S\", \"actor\": \"WALIDATA\","
                + " \"portal\": \"NONE\", \"duration\": null, \"inputs\": [], \"outputs\": []}";
        try {
            ObjectNode node = (ObjectNode) MAPPER.readTree(base);
            node.setAll((ObjectNode) MAPPER.readTree(overrides));
            return MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
