package io.github.bpsconnector.workflow.sop;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the JSON of a definition file field by field, reporting the exact field that is wrong. */
final class DefinitionReader {

    /** Definition files are small; anything larger is not one. */
    static final int MAX_BYTES = 1024 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final String source;

    private DefinitionReader(String source) {
        this.source = source;
    }

    /** Turns a definition's JSON into its object. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(DefinitionReader reader, JsonNode root);
    }

    /** A reader for the file named {@code source}. */
    static DefinitionReader of(String source) {
        return new DefinitionReader(source);
    }

    /** A bundled resource next to {@code owner}, parsed. */
    static <T> T bundled(Class<?> owner, String resource, Parser<T> parser) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + resource);
            }
            return stream(in, resource, parser);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + resource, e);
        }
    }

    /** A file on disk, parsed. */
    static <T> T file(Path path, Parser<T> parser) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return stream(in, path.toString(), parser);
        }
    }

    /** A stream (not closed here) holding the definition named {@code source}, parsed. */
    static <T> T stream(InputStream in, String source, Parser<T> parser) throws IOException {
        DefinitionReader reader = of(source);
        return parser.parse(reader, reader.parse(in));
    }

    /** Parses the whole stream, which must hold one JSON object of at most {@link #MAX_BYTES}. */
    JsonNode parse(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw fail("", "larger than " + MAX_BYTES + " bytes");
        }
        try {
            JsonNode root = MAPPER.readTree(bytes);
            if (root == null || !root.isObject()) {
                throw fail("", "must be a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw fail("", "not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    String text(JsonNode parent, String path, String field) {
        return optionalText(parent, path, field).orElseThrow(() -> fail(join(path, field), "missing or blank"));
    }

    Optional<String> optionalText(JsonNode parent, String path, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw fail(join(path, field), "must be text");
        }
        String value = node.textValue().strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    int integer(JsonNode parent, String path, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.canConvertToInt() || !node.isIntegralNumber()) {
            throw fail(join(path, field), "must be a whole number");
        }
        return node.intValue();
    }

    Optional<Integer> optionalInteger(JsonNode parent, String path, String field) {
        JsonNode node = parent.get(field);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(integer(parent, path, field));
    }

    boolean bool(JsonNode parent, String path, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isBoolean()) {
            throw fail(join(path, field), "must be true or false");
        }
        return node.booleanValue();
    }

    /** A required array; its elements are returned as they are. */
    List<JsonNode> array(JsonNode parent, String path, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isArray()) {
            throw fail(join(path, field), "must be a list");
        }
        List<JsonNode> elements = new ArrayList<>();
        node.forEach(elements::add);
        return elements;
    }

    /** A required array of non-blank texts (possibly empty). */
    List<String> texts(JsonNode parent, String path, String field) {
        List<JsonNode> elements = array(parent, path, field);
        List<String> values = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            JsonNode element = elements.get(i);
            if (!element.isTextual() || element.textValue().isBlank()) {
                throw fail(join(path, field) + "[" + i + "]", "must be non-blank text");
            }
            values.add(element.textValue().strip());
        }
        return values;
    }

    <E extends Enum<E>> E enumValue(JsonNode parent, String path, String field, Class<E> type) {
        String value = text(parent, path, field);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fail(join(path, field), "unknown value '" + value + "'; expected one of "
                    + List.of(type.getEnumConstants()));
        }
    }

    /** An object that must be present. */
    JsonNode object(JsonNode parent, String path, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isObject()) {
            throw fail(join(path, field), "must be an object");
        }
        return node;
    }

    DefinitionFormatException fail(String field, String problem) {
        return fail(field, problem, null);
    }

    DefinitionFormatException fail(String field, String problem, Throwable cause) {
        return new DefinitionFormatException(source, field, problem, cause);
    }

    static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    static String element(String path, String field, int index) {
        return join(path, field) + "[" + index + "]";
    }
}
