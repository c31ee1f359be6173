package io.github.bpsconnector.testkit.indah;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.testkit.SimJson;
import io.github.bpsconnector.testkit.SimResponse;
import io.github.bpsconnector.testkit.SimResponseException;

/** The answer shapes of INDAH: result envelopes, problems (HTTP 4xx) and "200 with an error item". */
final class IndahResponses {

    private IndahResponses() {
    }

    /** {@code 200 {"status":200,"result":[item]}}. */
    static SimResponse result(JsonNode item) {
        ObjectNode body = SimJson.object().put("status", 200);
        body.putArray("result").add(item);
        return SimResponse.json(200, body);
    }

    /** {@code 200 {"status":200,"result":[{"status":status,"message":message}]}}. */
    static SimResponse errorItem(int status, String message) {
        return result(SimJson.object().put("status", status).put("message", message));
    }

    /** An HTTP problem {@code {"status","title","detail"}}. */
    static SimResponse problem(int status, String title, String detail) {
        return SimResponse.json(status, problemBody(status, title, detail));
    }

    static SimResponseException problemException(int status, String title, String detail) {
        return new SimResponseException(problem(status, title, detail));
    }

    /** A refused write, in the given style. */
    static SimResponse rejection(IndahRejection rejection, RejectionStyle style) {
        boolean asItem = switch (style) {
            case ITEM_200 -> true;
            case HTTP_4XX -> false;
            case MIXED -> rejection.kind() == IndahRejection.Kind.INVALID_CONTENT;
        };
        if (asItem) {
            return errorItem(rejection.httpStatus(), rejection.getMessage());
        }
        ObjectNode body = problemBody(rejection.httpStatus(),
                rejection.httpStatus() == 403 ? "Forbidden" : "Bad Request", rejection.getMessage());
        if (!rejection.fieldErrors().isEmpty()) {
            ArrayNode fields = body.putArray("fieldErrors");
            rejection.fieldErrors().forEach(e -> fields.addObject().put("field", e.field()).put("message", e.message()));
        }
        return SimResponse.json(rejection.httpStatus(), body);
    }

    private static ObjectNode problemBody(int status, String title, String detail) {
        return SimJson.object().put("status", status).put("title", title).put("detail", detail);
    }
}
