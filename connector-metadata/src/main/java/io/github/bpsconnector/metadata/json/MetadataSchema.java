package io.github.bpsconnector.metadata.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The JSON Schemas (draft 2020-12) of the canonical form, bundled under {@code /schema/} in this jar, so that
 * systems in other languages can validate what they exchange with this library. They describe the
 * <em>structure</em> only: a draft that leaves items out is valid; completeness and the skip rules of Peraturan
 * BPS 5/2020 are the validator's job. The package schema refers to the three form schemas by their {@code $id}
 * ({@value #BASE_URI}...), which this class resolves from the jar, never from the network.
 */
public enum MetadataSchema {

    /** One MS-Keg. */
    MS_KEG("ms-keg.schema.json"),
    /** One MS-Var. */
    MS_VAR("ms-var.schema.json"),
    /** One MS-Ind. */
    MS_IND("ms-ind.schema.json"),
    /** A {@code MetadataPackage}: one MS-Keg with its MS-Var, MS-Ind and attachments. */
    METADATA_PACKAGE("metadata-package.schema.json");

    /** The base of the schemas' {@code $id}s. */
    public static final String BASE_URI = "https://bpsconnector.github.io/schema/";

    private static final ObjectMapper PARSER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final String fileName;
    private volatile JsonSchema schema;

    MetadataSchema(String fileName) {
        this.fileName = fileName;
    }

    /** The schema's {@code $id}, e.g. {@code https://bpsconnector.github.io/schema/ms-keg.schema.json}. */
    public String id() {
        return BASE_URI + fileName;
    }

    /** Where the schema is on the class path, e.g. {@code /schema/ms-keg.schema.json}. */
    public String resource() {
        return "/schema/" + fileName;
    }

    /** Opens the schema's bytes (UTF-8 JSON); the caller closes the stream. */
    public InputStream open() {
        return Objects.requireNonNull(MetadataSchema.class.getResourceAsStream(resource()), resource());
    }

    /**
     * Validates a JSON document against this schema.
     *
     * @return every violation, ordered by path; empty when the document is valid
     * @throws MalformedMetadataJsonException when the text is not JSON
     */
    public List<SchemaViolation> validate(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode node;
        try {
            node = PARSER.readTree(json);
        } catch (JsonProcessingException e) {
            throw JsonErrors.translate(e);
        }
        if (node == null || node.isMissingNode()) {
            throw new MalformedMetadataJsonException(1, 1, "The input is empty", null);
        }
        return schema().validate(node).stream()
                .map(MetadataSchema::violation)
                .sorted(Comparator.comparing(SchemaViolation::path).thenComparing(SchemaViolation::keyword))
                .collect(Collectors.toList());
    }

    private JsonSchema schema() {
        JsonSchema loaded = schema;
        if (loaded == null) {
            loaded = Factory.INSTANCE.getSchema(SchemaLocation.of(id()), Factory.CONFIG);
            loaded.initializeValidators();
            schema = loaded;
        }
        return loaded;
    }

    private static SchemaViolation violation(ValidationMessage message) {
        return new SchemaViolation(message.getInstanceLocation().toString(), message.getType(),
                message.getMessage());
    }

    /** The validator factory, created on first use; maps the schemas' ids to this jar. */
    private static final class Factory {
        static final JsonSchemaFactory INSTANCE = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE_URI, "classpath:schema/")));
        static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .build();
    }
}
