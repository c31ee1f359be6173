package io.github.bpsconnector.metadata.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsInd;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.MsVar;
import io.github.bpsconnector.metadata.MultiChoice;
import io.github.bpsconnector.metadata.code.CodeList;
import io.github.bpsconnector.metadata.code.CodeLists;
import io.github.bpsconnector.metadata.code.SchedulePhase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetadataSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SKJHI_2018, Fixtures.MINIMAL_DRAFT})
    void fixturesAreValid(String fixture) {
        String json = Fixtures.text(fixture);
        MetadataPackage pkg = MetadataJson.readPackage(json);

        assertThat(MetadataSchema.METADATA_PACKAGE.validate(json)).isEmpty();
        assertThat(MetadataSchema.MS_KEG.validate(MetadataJson.write(pkg.activity()))).isEmpty();
        for (MsVar variable : pkg.variables()) {
            assertThat(MetadataSchema.MS_VAR.validate(MetadataJson.write(variable))).isEmpty();
        }
        for (MsInd indicator : pkg.indicators()) {
            assertThat(MetadataSchema.MS_IND.validate(MetadataJson.write(indicator))).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown field       | /activity/design                          | additionalProperties",
            "code outside list   | /activity/design/frequency                | enum",
            "code number         | /activity/collectionType                  | enum",
            "not a date          | /activity/dissemination/digital/releasePlan/0 | pattern",
            "empty date range    | /activity/planning/schedule/DESAIN/0      | required",
            "unknown phase       | /activity/planning/schedule               | additionalProperties",
            "blank text          | /activity/title                           | pattern",
            "null                | /activity/title                           | type",
            "year as text        | /activity/year                            | type",
            "repeated option     | /activity/design/collectionModes/selected | uniqueItems",
            "attachment no path  | /attachments/0                            | required",
            "variable alias list | /variables/0/alias                        | type",
            "indicator composite | /indicators/0/composite                   | type",
    })
    void brokenVariantsAreInvalidAtTheirPath(String variant, String path, String keyword) {
        ObjectNode pkg = fixture();
        breakIt(variant).accept(pkg);

        List<SchemaViolation> violations = MetadataSchema.METADATA_PACKAGE.validate(pkg.toString());

        assertThat(violations).as(variant)
                .anySatisfy(v -> {
                    assertThat(v.path()).isEqualTo(path);
                    assertThat(v.keyword()).isEqualTo(keyword);
                });
        assertThat(violations).allSatisfy(v -> assertThat(v.path()).startsWith(path));
    }

    @Test
    void eachFormSchemaStandsAlone() {
        assertThat(MetadataSchema.MS_VAR.validate("{\"number\": 1, \"name\": \"x\"}")).isEmpty();
        assertThat(MetadataSchema.MS_VAR.validate("{\"nama\": \"x\"}")).singleElement()
                .satisfies(v -> assertThat(v.keyword()).isEqualTo("additionalProperties"));
        assertThat(MetadataSchema.MS_IND.validate("{\"componentIndicators\": [\"\"]}")).singleElement()
                .satisfies(v -> assertThat(v.path()).isEqualTo("/componentIndicators/0"));
        assertThat(MetadataSchema.MS_KEG.validate("{}")).isEmpty();
        assertThatThrownBy(() -> MetadataSchema.MS_KEG.validate("{")).isInstanceOf(
                MalformedMetadataJsonException.class);
    }

    @ParameterizedTest
    @EnumSource(MetadataSchema.class)
    void schemasAreBundledWithTheirIds(MetadataSchema schema) throws IOException {
        try (InputStream in = schema.open()) {
            JsonNode node = JSON.readTree(in);
            assertThat(node.path("$id").asText()).isEqualTo(schema.id());
            assertThat(node.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(node.path("description").asText()).contains("structure only");
        }
    }

    @Test
    void codeListsInTheSchemaAreTheJavaEnums() throws IOException {
        JsonNode defs = schemaNode(MetadataSchema.MS_KEG).path("$defs");
        for (Class<? extends CodeList> type : CodeLists.ALL) {
            if (type.getSimpleName().equals("YesNo")) {
                continue;
            }
            List<String> inSchema = new ArrayList<>();
            if (type == SchedulePhase.class) {
                defs.path("Schedule").path("properties").fieldNames().forEachRemaining(inSchema::add);
            } else {
                defs.path(type.getSimpleName()).path("enum").forEach(n -> inSchema.add(n.asText()));
            }
            assertThat(inSchema).as(type.getSimpleName()).containsExactlyElementsOf(
                    Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList());
        }
    }

    @Test
    void everyRecordComponentIsAPropertyOfTheSchemaAndNothingElse() throws IOException {
        assertMatches(MsKeg.class, schemaNode(MetadataSchema.MS_KEG), schemaNode(MetadataSchema.MS_KEG));
        assertMatches(MsVar.class, schemaNode(MetadataSchema.MS_VAR), schemaNode(MetadataSchema.MS_VAR));
        assertMatches(MsInd.class, schemaNode(MetadataSchema.MS_IND), schemaNode(MetadataSchema.MS_IND));
        JsonNode pkg = schemaNode(MetadataSchema.METADATA_PACKAGE);
        assertThat(names(pkg.path("properties"))).isEqualTo(componentNames(MetadataPackage.class));
        assertMatches(io.github.bpsconnector.metadata.AttachmentRef.class, pkg.path("$defs").path("AttachmentRef"),
                pkg);
    }

    private static void assertMatches(Class<?> record, JsonNode schema, JsonNode root) {
        assertThat(schema.path("additionalProperties").asBoolean(true)).as(record.getSimpleName()).isFalse();
        assertThat(names(schema.path("properties"))).as(record.getSimpleName())
                .isEqualTo(componentNames(record));
        for (RecordComponent component : record.getRecordComponents()) {
            Class<?> nested = nestedRecord(component.getGenericType());
            if (nested != null && nested.isRecord() && !nested.getPackageName().endsWith("code")) {
                JsonNode def = root.path("$defs").path(nested.getSimpleName());
                if (nested == MultiChoice.class) {
                    Type option = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                    def = root.path("$defs").path(((Class<?>) option).getSimpleName() + "Choice");
                    assertThat(names(def.path("properties"))).isEqualTo(componentNames(MultiChoice.class));
                } else if (!nested.getSimpleName().equals("Schedule")) {
                    assertMatches(nested, def, root);
                }
            }
        }
    }

    private static Class<?> nestedRecord(Type type) {
        if (type instanceof Class<?>) {
            return (Class<?>) type;
        }
        ParameterizedType parameterized = (ParameterizedType) type;
        if (parameterized.getRawType() == MultiChoice.class) {
            return MultiChoice.class;
        }
        Type element = parameterized.getActualTypeArguments()[0];
        return element instanceof Class<?> ? (Class<?>) element : null;
    }

    private static Set<String> componentNames(Class<?> record) {
        Set<String> names = new HashSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            names.add(component.getName());
        }
        return names;
    }

    private static Set<String> names(JsonNode properties) {
        Set<String> names = new HashSet<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode schemaNode(MetadataSchema schema) throws IOException {
        try (InputStream in = schema.open()) {
            return JSON.readTree(in);
        }
    }

    private static ObjectNode fixture() {
        try {
            return (ObjectNode) JSON.readTree(Fixtures.text(Fixtures.SKJHI_2018));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode at(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    private static Consumer<ObjectNode> breakIt(String variant) {
        switch (variant) {
            case "unknown field":
                return p -> at(p, "/activity/design").put("frekuensi", "TAHUNAN");
            case "code outside list":
                return p -> at(p, "/activity/design").put("frequency", "SETIAP_SAAT");
            case "code number":
                return p -> at(p, "/activity").put("collectionType", 2);
            case "not a date":
                return p -> at(p, "/activity/dissemination/digital").putArray("releasePlan").add("22-11-2018");
            case "empty date range":
                return p -> at(p, "/activity/planning/schedule").putArray("DESAIN").addObject();
            case "unknown phase":
                return p -> at(p, "/activity/planning/schedule").putArray("PELAKSANAAN_LAPANGAN");
            case "blank text":
                return p -> at(p, "/activity").put("title", "   ");
            case "null":
                return p -> at(p, "/activity").putNull("title");
            case "year as text":
                return p -> at(p, "/activity").put("year", "2018");
            case "repeated option":
                return p -> at(p, "/activity/design/collectionModes").putArray("selected").add("PAPI").add("PAPI");
            case "attachment no path":
                return p -> at(p, "/attachments/0").remove("path");
            case "variable alias list":
                return p -> at(p, "/variables/0").putArray("alias").add("B1R5K1");
            case "indicator composite":
                return p -> at(p, "/indicators/0").put("composite", "Ya");
            default:
                throw new IllegalArgumentException(variant);
        }
    }
}
