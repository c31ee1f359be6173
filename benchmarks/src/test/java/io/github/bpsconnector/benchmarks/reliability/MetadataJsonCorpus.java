package io.github.bpsconnector.benchmarks.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.benchmarks.Fixtures;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.json.MetadataJson;
import io.github.bpsconnector.metadata.rules.MetadataValidator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Broken metadata package files: each is read with {@link MetadataJson#readPackage(String)} and, when that
 * succeeds, validated, which must give a report.
 */
final class MetadataJsonCorpus {

    private static final ObjectMapper TREE = new ObjectMapper();
    private static final MetadataValidator VALIDATOR = MetadataValidator.defaults();
    private static final String CATEGORY = "metadata file";

    private MetadataJsonCorpus() {
    }

    static List<BadInput> cases() throws Exception {
        String good = Fixtures.text(Fixtures.SKJHI_2018);
        List<BadInput> cases = new ArrayList<>();
        handWritten(good).forEach((name, text) -> cases.add(of(name, text)));
        for (int i = 1; i <= 30; i++) {
            int cut = good.length() * i / 31;
            cases.add(of("truncated at " + cut, good.substring(0, cut)));
        }
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < 30; i++) {
            int at = random.nextInt(good.length());
            String noises = "{}[]\",:\\0 \u0000\uD800x-";
            char noise = noises.charAt(random.nextInt(noises.length()));
            cases.add(of("character " + (int) noise + " at " + at, good.substring(0, at) + noise
                    + good.substring(at + 1)));
        }
        cases.addAll(wrongTypes(good));
        return cases;
    }

    private static Map<String, String> handWritten(String good) {
        return Map.ofEntries(
                Map.entry("empty", ""),
                Map.entry("white space", "  \n\t "),
                Map.entry("null", "null"),
                Map.entry("array", "[]"),
                Map.entry("empty object", "{}"),
                Map.entry("a number", "42"),
                Map.entry("byte order mark", "\uFEFF" + good),
                Map.entry("trailing garbage", good + "}"),
                Map.entry("two documents", good + good),
                Map.entry("comment", "/* x */" + good),
                Map.entry("deep nesting", "[".repeat(100_000)),
                Map.entry("deep objects", "{\"activity\":".repeat(50_000)),
                Map.entry("huge number", good.replaceFirst("\"year\": \\d+", "\"year\": 1e400")),
                Map.entry("NaN", good.replaceFirst("\"year\": \\d+", "\"year\": NaN")),
                Map.entry("negative year", good.replaceFirst("\"year\": \\d+", "\"year\": -2018")),
                Map.entry("year as text", good.replaceFirst("\"year\": \\d+", "\"year\": \"2018\"")),
                Map.entry("unknown field", good.replaceFirst("\\{", "{\"surprise\": 1, ")),
                Map.entry("duplicate key", good.replaceFirst("\\{", "{\"activity\": {}, ")),
                Map.entry("html instead", "<!DOCTYPE html><html><body>Sesi berakhir</body></html>"),
                Map.entry("single quotes", good.replace('"', '\'')),
                Map.entry("lone surrogate", good.replaceFirst("Survei", "Survei\\\\uD800")),
                Map.entry("control character", good.replaceFirst("Survei", "Sur\u0001vei")),
                Map.entry("10 MB string", "{\"activity\": {\"title\": \"" + "a".repeat(10_000_000) + "\"}}"),
                Map.entry("17 MB document", " ".repeat(17 * 1024 * 1024) + good));
    }

    /** Every object field of the first two levels below the root, replaced by a value of each wrong kind. */
    private static List<BadInput> wrongTypes(String good) throws Exception {
        JsonNode root = TREE.readTree(good);
        List<JsonNode> wrong = List.of(JsonNodeFactory.instance.booleanNode(true),
                JsonNodeFactory.instance.numberNode(-1), JsonNodeFactory.instance.textNode(""),
                JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.nullNode());
        List<BadInput> cases = new ArrayList<>();
        for (String path : fieldPaths(root)) {
            for (JsonNode value : wrong) {
                ObjectNode copy = root.deepCopy();
                replace(copy, path, value);
                cases.add(of(path + " = " + value, TREE.writeValueAsString(copy)));
            }
        }
        return cases;
    }

    private static List<String> fieldPaths(JsonNode root) {
        List<String> paths = new ArrayList<>();
        for (Iterator<String> top = root.fieldNames(); top.hasNext(); ) {
            String name = top.next();
            paths.add(name);
            JsonNode child = root.get(name);
            if (child instanceof ArrayNode array && !array.isEmpty()) {
                child = array.get(0);
                name = name + "/0";
            }
            for (Iterator<String> second = child.fieldNames(); second.hasNext(); ) {
                paths.add(name + "/" + second.next());
            }
        }
        return paths;
    }

    private static void replace(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("/");
        JsonNode parent = root;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(parts[i])) : parent.get(parts[i]);
        }
        ((ObjectNode) parent).set(parts[parts.length - 1], value);
    }

    private static BadInput of(String name, String text) {
        return new BadInput(CATEGORY, name, () -> {
            MetadataPackage pkg = MetadataJson.readPackage(text);
            return VALIDATOR.validate(pkg);
        });
    }
}
