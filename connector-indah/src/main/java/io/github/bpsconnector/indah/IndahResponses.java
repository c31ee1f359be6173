package io.github.bpsconnector.indah;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalChangedException;
import io.github.bpsconnector.core.error.PortalRejectedException;
import io.github.bpsconnector.core.http.PortalResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads INDAH's answers: parses JSON and turns both styles of refusal (an HTTP 4xx problem with
 * {@code fieldErrors}, or HTTP 200 carrying an error item {@code {"status":400,"message":…}}) into
 * {@link PortalRejectedException}. Keys come from the profile.
 */
final class IndahResponses {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final IndahProfile profile;

    IndahResponses(IndahProfile profile) {
        this.profile = profile;
    }

    /** The JSON body of a {@code 2xx} answer, or the refusal of any other. */
    JsonNode body(ErrorContext context, PortalResponse response) {
        if (!response.isSuccess()) {
            throw rejection(context.withHttpStatus(response.status()), parseLenient(response));
        }
        JsonNode body = parse(context.withHttpStatus(response.status()), response);
        JsonNode item = firstResult(body);
        if (isErrorItem(body)) {
            throw rejection(context.withHttpStatus(body.path(key("status")).intValue()), body);
        }
        if (item != null && isErrorItem(item)) {
            throw rejection(context.withHttpStatus(item.path(key("status")).intValue()), item);
        }
        return body;
    }

    /** The single item of a v2 {@code {"status":200,"result":[item]}} answer, or the body itself if it has none. */
    JsonNode resultItem(ErrorContext context, JsonNode body) {
        JsonNode item = firstResult(body);
        if (item == null) {
            if (body.has(key("result"))) {
                throw new PortalChangedException(context, context.operation() + ": the answer's "
                        + key("result") + " holds no item", key("result") + "[0]", null);
            }
            return body;
        }
        return item;
    }

    private JsonNode firstResult(JsonNode body) {
        JsonNode result = body.get(key("result"));
        return result != null && result.isArray() && !result.isEmpty() ? result.get(0) : null;
    }

    private boolean isErrorItem(JsonNode node) {
        JsonNode status = node.get(key("status"));
        return status != null && status.isIntegralNumber() && status.intValue() >= 400;
    }

    private PortalRejectedException rejection(ErrorContext context, JsonNode problem) {
        List<PortalRejectedException.FieldMessage> fields = new ArrayList<>();
        for (JsonNode error : problem.path(key("fieldErrors"))) {
            fields.add(new PortalRejectedException.FieldMessage(text(error, key("field")),
                    String.valueOf(text(error, key("message")))));
        }
        String message = firstText(problem, key("detail"), key("message"), key("title"));
        return new PortalRejectedException(context, context.operation() + ": INDAH refused the request"
                + (message == null ? "" : ": " + message), fields);
    }

    private JsonNode parse(ErrorContext context, PortalResponse response) {
        try {
            JsonNode node = MAPPER.readTree(response.body());
            if (node == null || !node.isContainerNode()) {
                throw new PortalChangedException(context, context.operation() + ": the answer is not a JSON "
                        + "object or array", "JSON body", null);
            }
            return node;
        } catch (IOException e) {
            throw new PortalChangedException(context, context.operation() + ": the answer is not JSON ("
                    + response.bodyLength() + " bytes)", "JSON body", null);
        }
    }

    private static JsonNode parseLenient(PortalResponse response) {
        try {
            JsonNode node = MAPPER.readTree(response.body());
            return node == null ? MAPPER.createObjectNode() : node;
        } catch (IOException e) {
            return MAPPER.createObjectNode();
        }
    }

    private String key(String name) {
        return profile.key("result." + name);
    }

    private static String firstText(JsonNode node, String... keys) {
        for (String key : keys) {
            String text = text(node, key);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() || value.isContainerNode() || value.asText().isBlank() ? null
                : value.asText();
    }
}
