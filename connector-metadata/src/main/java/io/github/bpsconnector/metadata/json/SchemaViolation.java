package io.github.bpsconnector.metadata.json;

/**
 * One way a JSON document breaks a {@link MetadataSchema}.
 *
 * @param path    the JSON Pointer of the offending value ({@code ""} for the root); for a missing required
 *                property, the object that lacks it
 * @param keyword the schema keyword that failed, e.g. {@code "enum"}, {@code "additionalProperties"},
 *                {@code "pattern"}, {@code "required"}
 * @param message the validator's message, in English
 */
public record SchemaViolation(String path, String keyword, String message) {
}
