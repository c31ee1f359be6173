package io.github.bpsconnector.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;

/**
 * Helpers for the JSON {@code /__sim} control endpoints: reading the request object, required and optional
 * fields, and the uniform answers ({@code 200} with a JSON body, or an error {@code {"error":"…"}}).
 */
public final class ControlSupport {

    private ControlSupport() {
    }

    /**
     * @param request a control request
     * @return its body as a JSON object; an empty body is an empty object
     * @throws SimResponseException 400 when the body is not a JSON object
     */
    public static ObjectNode body(SimRequest request) {
        byte[] bytes = request.body();
        if (bytes.length == 0) {
            return SimJson.object();
        }
        JsonNode node;
        try {
            node = SimJson.read(bytes);
        } catch (IllegalArgumentException e) {
            throw badRequest(e.getMessage());
        }
        if (!node.isObject()) {
            throw badRequest("A JSON object is expected");
        }
        return (ObjectNode) node;
    }

    /**
     * @param body a control request body
     * @param field a field name
     * @return its text value
     * @throws SimResponseException 400 when absent, blank or not text
     */
    public static String text(ObjectNode body, String field) {
        return optionalText(body, field).orElseThrow(() -> badRequest("Field '" + field + "' is required"));
    }

    /**
     * @param body a control request body
     * @param field a field name
     * @return its non-blank text value, if present
     * @throws SimResponseException 400 when present but not text
     */
    public static Optional<String> optionalText(ObjectNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw badRequest("Field '" + field + "' must be a string");
        }
        return node.asText().isBlank() ? Optional.empty() : Optional.of(node.asText());
    }

    /**
     * @param body a control request body
     * @param field a field name
     * @return its integer value, if present
     * @throws SimResponseException 400 when present but not an integer
     */
    public static Optional<Long> optionalLong(ObjectNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.canConvertToLong() || !node.isIntegralNumber()) {
            throw badRequest("Field '" + field + "' must be an integer");
        }
        return Optional.of(node.asLong());
    }

    /**
     * @param body a control request body
     * @param field a field name
     * @return its boolean value
     * @throws SimResponseException 400 when absent or not a boolean
     */
    public static boolean bool(ObjectNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || !node.isBoolean()) {
            throw badRequest("Field '" + field + "' must be true or false");
        }
        return node.asBoolean();
    }

    /**
     * @param body anything Jackson can write
     * @return {@code 200} with that JSON
     */
    public static SimResponse ok(Object body) {
        return SimResponse.json(200, body);
    }

    /**
     * @param status an HTTP status
     * @param message what went wrong
     * @return that status with {@code {"error": message}}
     */
    public static SimResponse error(int status, String message) {
        return SimResponse.json(status, Map.of("error", message));
    }

    /**
     * @param message what is wrong with the control request
     * @return an exception that answers {@code 400 {"error": message}}
     */
    public static SimResponseException badRequest(String message) {
        return new SimResponseException(error(400, message));
    }

    /**
     * @param message what was not found
     * @return an exception that answers {@code 404 {"error": message}}
     */
    public static SimResponseException notFound(String message) {
        return new SimResponseException(error(404, message));
    }
}
