package io.github.bpsconnector.metadata.code;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled {@code code-lists.json} mirrors the enums exactly, so that systems in other languages (and a later
 * override mechanism) see the same labels, codes, INDAH names and aliases. Run with
 * {@code -Dbps.regenerate=true} to rewrite it after changing an enum.
 */
class CodeListResourceTest {

    private static final String RESOURCE = "/io/github/bpsconnector/metadata/code-lists.json";
    private static final Path SOURCE = Path.of("src/main/resources" + RESOURCE);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void bundledResourceMirrorsTheEnums() throws IOException {
        String expected = JSON.writeValueAsString(export()).replace("\r\n", "\n") + "\n";
        if (Boolean.getBoolean("bps.regenerate")) {
            Files.createDirectories(SOURCE.getParent());
            Files.writeString(SOURCE, expected, StandardCharsets.UTF_8);
            return;
        }
        try (InputStream in = CodeListResourceTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " is bundled; run with -Dbps.regenerate=true to create it").isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .as("run with -Dbps.regenerate=true to update " + RESOURCE)
                    .isEqualTo(expected);
        }
    }

    private static ObjectNode export() {
        ObjectNode root = JSON.createObjectNode();
        root.put("description", "The code lists of the MS-Keg form as bps-connector models them: for each value its "
                + "named value (what the canonical JSON stores), label, code number per form version (absent where "
                + "that version lacks the option), INDAH name and accepted alias spellings. Generated from the enums "
                + "of io.github.bpsconnector.metadata.code.");
        ArrayNode versions = root.putArray("formVersions");
        for (FormVersion version : FormVersion.values()) {
            versions.addObject().put("name", version.name()).put("label", version.label());
        }
        ArrayNode lists = root.putArray("codeLists");
        for (Class<? extends CodeList> type : CodeLists.ALL) {
            ObjectNode list = lists.addObject();
            list.put("name", type.getSimpleName());
            list.put("formItem", CodeLists.formItem(type));
            ArrayNode values = list.putArray("values");
            for (CodeList value : type.getEnumConstants()) {
                ObjectNode node = values.addObject();
                node.put("name", value.name());
                node.put("label", value.label());
                node.put("indahName", value.indahName());
                ObjectNode codes = node.putObject("codes");
                for (FormVersion version : FormVersion.values()) {
                    OptionalInt code = value.code(version);
                    code.ifPresent(c -> codes.put(version.name(), c));
                }
                if (value instanceof SamplingMethod) {
                    node.put("selection", ((SamplingMethod) value).selection().name());
                }
                ArrayNode aliases = node.putArray("aliases");
                value.aliases().forEach(aliases::add);
            }
        }
        return root;
    }
}
