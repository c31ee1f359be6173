package io.github.bpsconnector.metadata.json;

import io.github.bpsconnector.metadata.AttachmentKind;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsInd;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.MsVar;
import io.github.bpsconnector.metadata.PartialDate;
import io.github.bpsconnector.metadata.code.CollectionType;
import io.github.bpsconnector.metadata.code.QualityCheckMethod;
import io.github.bpsconnector.metadata.code.SamplingMethod;
import io.github.bpsconnector.metadata.code.SchedulePhase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetadataJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SKJHI_2018, Fixtures.MINIMAL_DRAFT})
    void fixturesAreCanonicalAndRoundTripExactly(String fixture) {
        String json = Fixtures.text(fixture);
        MetadataPackage pkg = MetadataJson.readPackage(json);

        assertThat(MetadataJson.write(pkg)).isEqualTo(json);
        assertThat(MetadataJson.readPackage(MetadataJson.write(pkg))).isEqualTo(pkg);
    }

    @Test
    void theWorkedExampleLandsInTheRightItems() {
        MetadataPackage pkg = MetadataJson.readPackage(Fixtures.text(Fixtures.SKJHI_2018));
        MsKeg keg = pkg.activity();

        assertThat(keg.title()).isEqualTo("Survei Kepuasan Jamaah Haji Indonesia (SKJHI) 2018");
        assertThat(keg.collectionType()).isEqualTo(CollectionType.SURVEI);
        assertThat(keg.organizer().institutionName()).isEqualTo("Kemeterian Agama RI");
        assertThat(keg.planning().schedule().ranges(SchedulePhase.PENGUMPULAN_DATA)).singleElement()
                .satisfies(range -> {
                    assertThat(range.start()).isEqualTo(PartialDate.ofMonth(2018, 8));
                    assertThat(range.end().isFullDate()).isFalse();
                });
        assertThat(keg.sampleDesign().samplingMethod()).isEqualTo(SamplingMethod.MULTI_STAGE_SAMPLING);
        assertThat(keg.dataCollection().qualityCheckMethods().contains(QualityCheckMethod.LAINNYA)).isTrue();
        assertThat(keg.dissemination().digital().releasePlan()).containsExactly(PartialDate.ofDay(2018, 11, 22));
        assertThat(pkg.variables()).extracting(MsVar::alias).containsExactly("B1R5K1", "B1R6K1");
        assertThat(pkg.variables().get(0).valueDomain()).hasSize(4);
        assertThat(pkg.indicators()).hasSize(8);
        MsInd ikjhi = pkg.indicators().get(0);
        assertThat(ikjhi.composite()).isTrue();
        assertThat(ikjhi.componentIndicators()).hasSize(7);
        assertThat(ikjhi.interpretation()).contains("IKJHI ≥ 85");
        assertThat(pkg.attachments(AttachmentKind.KAK)).hasSize(1);
    }

    @Test
    void absentItemsAreLeftOut() {
        assertThat(MetadataJson.write(MetadataPackage.EMPTY)).isEqualTo("{}\n");
        assertThat(MetadataJson.write(MsKeg.builder().year(2026).build())).isEqualTo("{\n  \"year\": 2026\n}\n");
        assertThat(MetadataJson.readPackage("{\"activity\":{},\"variables\":[]}")).isEqualTo(MetadataPackage.EMPTY);
    }

    @Test
    void eachFormRoundTripsOnItsOwn() {
        MetadataPackage pkg = MetadataJson.readPackage(Fixtures.text(Fixtures.SKJHI_2018));

        assertThat(MetadataJson.readMsKeg(MetadataJson.write(pkg.activity()))).isEqualTo(pkg.activity());
        assertThat(MetadataJson.readMsVar(MetadataJson.write(pkg.variables().get(1))))
                .isEqualTo(pkg.variables().get(1));
        assertThat(MetadataJson.readMsInd(MetadataJson.write(pkg.indicators().get(0))))
                .isEqualTo(pkg.indicators().get(0));
    }

    @Test
    void anUnknownFieldIsATypedErrorNamingItsPath() {
        String json = "{\n  \"activity\": {\n    \"design\": {\"frekuensi\": \"TAHUNAN\"}\n  }\n}";

        assertThatThrownBy(() -> MetadataJson.readPackage(json))
                .isInstanceOfSatisfying(UnknownMetadataFieldException.class, e -> {
                    assertThat(e.path()).isEqualTo("/activity/design/frekuensi");
                    assertThat(e.field()).isEqualTo("frekuensi");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("frekuensi", "/activity/design");
                });
        assertThatThrownBy(() -> MetadataJson.readMsVar("{\"nama\": \"x\"}"))
                .isInstanceOfSatisfying(UnknownMetadataFieldException.class,
                        e -> assertThat(e.path()).isEqualTo("/nama"));
        assertThatThrownBy(() -> MetadataJson.readPackage("{\"variables\":[{},{\"id_sds\":\"x\"}]}"))
                .isInstanceOfSatisfying(UnknownMetadataFieldException.class,
                        e -> assertThat(e.path()).isEqualTo("/variables/1/id_sds"));
    }

    @Test
    void malformedJsonIsATypedErrorWithLineAndColumn() {
        assertThatThrownBy(() -> MetadataJson.readPackage("{\n  \"activity\": {\"title\": \"x\",}\n}"))
                .isInstanceOfSatisfying(MalformedMetadataJsonException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isPositive();
                    assertThat(e.path()).isNull();
                });
        assertMalformed("");
        assertMalformed("   \n ");
        assertMalformed("{} {}");
        assertMalformed("{} x");
        assertMalformed("{\"activity\": {\"title\": \"a\", \"title\": \"b\"}}");
        assertMalformed("{\"activity\": ");
        assertMalformed("[1, 2");
    }

    @Test
    void wrongValuesAreTypedErrorsNamingTheirPath() {
        assertInvalid("{\"activity\":{\"design\":{\"frequency\":\"SETIAP_SAAT\"}}}", "/activity/design/frequency",
                "Frequency", "R.4.2 Frekuensi Penyelenggaraan", "TAHUNAN");
        assertInvalid("{\"activity\":{\"design\":{\"frequency\":7}}}", "/activity/design/frequency");
        assertInvalid("{\"activity\":{\"design\":{\"frequency\":\"tahunan\"}}}", "/activity/design/frequency");
        assertInvalid("{\"activity\":{\"year\":\"2018\"}}", "/activity/year");
        assertInvalid("{\"activity\":{\"year\":2018.5}}", "/activity/year");
        assertInvalid("{\"activity\":{\"year\":99999999999}}", "/activity/year");
        assertInvalid("{\"activity\":{\"title\":5}}", "/activity/title");
        assertInvalid("{\"activity\":{\"hasBpsRecommendation\":1}}", "/activity/hasBpsRecommendation");
        assertInvalid("{\"activity\":{\"hasBpsRecommendation\":\"true\"}}", "/activity/hasBpsRecommendation");
        assertInvalid("{\"activity\":{\"title\":null}}", "/activity/title", "null");
        assertInvalid("{\"activity\":{\"title\":\"  \"}}", "/activity/title", "blank");
        assertInvalid("{\"variables\":[{\"validationRules\":[\"a\",null]}]}", "/variables/0/validationRules/1");
        assertInvalid("{\"activity\":{\"dissemination\":{\"digital\":{\"releasePlan\":[\"2018-13\"]}}}}",
                "/activity/dissemination/digital/releasePlan/0", "yyyy-MM");
        assertInvalid("{\"activity\":{\"dissemination\":{\"digital\":{\"releasePlan\":[\"2018-02-30\"]}}}}",
                "/activity/dissemination/digital/releasePlan/0");
        assertInvalid("{\"activity\":{\"planning\":{\"schedule\":{\"DESAIN\":[{}]}}}}",
                "/activity/planning/schedule/DESAIN/0", "start or an end");
        assertInvalid("{\"activity\":{\"planning\":{\"schedule\":{\"PELAKSANAAN\":[]}}}}",
                "/activity/planning/schedule");
        assertInvalid("{\"activity\":{\"design\":{\"collectionModes\":{\"selected\":[\"PAPI\",\"TELEPON\"]}}}}",
                "/activity/design/collectionModes/selected/1", "CollectionMode");
        assertInvalid("{\"attachments\":[{\"kind\":\"KAK\"}]}", "/attachments/0", "needs a path");
        assertInvalid("{\"activity\":[]}", "/activity");
        assertInvalid("[]", "");
        assertInvalid("null", "");
    }

    @Test
    void onlyTheFourFormsAreRead() {
        assertThatThrownBy(() -> MetadataJson.read("{}", String.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesFilesAtomicallyAndReadsThemBack(@TempDir Path dir) throws IOException {
        MetadataPackage pkg = MetadataJson.readPackage(Fixtures.text(Fixtures.SKJHI_2018));
        Path file = dir.resolve("paket.json");
        Files.writeString(file, "old content");

        MetadataJson.write(pkg, file);

        assertThat(Files.readString(file)).isEqualTo(Fixtures.text(Fixtures.SKJHI_2018));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(MetadataJson.readPackage(file)).isEqualTo(pkg);
    }

    @Test
    void streamsAreReadAsUtf8AndBounded() throws IOException {
        String json = "{\"activity\":{\"title\":\"Survei Kepuasan – ≥ 85\"}}";
        MetadataPackage pkg = MetadataJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                MetadataPackage.class);
        assertThat(pkg.activity().title()).isEqualTo("Survei Kepuasan – ≥ 85");

        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
                return length;
            }
        };
        assertThatThrownBy(() -> MetadataJson.read(endless, MetadataPackage.class))
                .isInstanceOf(MalformedMetadataJsonException.class).hasMessageContaining("larger than");
    }

    private static void assertMalformed(String json) {
        assertThatThrownBy(() -> MetadataJson.readPackage(json)).as(json)
                .isInstanceOf(MalformedMetadataJsonException.class);
    }

    private static void assertInvalid(String json, String path, String... inMessage) {
        assertThatThrownBy(() -> MetadataJson.readPackage(json)).as(json)
                .isInstanceOfSatisfying(InvalidMetadataValueException.class, e -> {
                    assertThat(e.path()).isEqualTo(path);
                    for (String part : inMessage) {
                        assertThat(e.getMessage()).contains(part);
                    }
                    assertThat(e.line()).isPositive();
                });
    }
}
