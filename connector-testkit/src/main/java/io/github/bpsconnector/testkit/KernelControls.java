package io.github.bpsconnector.testkit;

import static io.github.bpsconnector.testkit.ControlSupport.badRequest;
import static io.github.bpsconnector.testkit.ControlSupport.body;
import static io.github.bpsconnector.testkit.ControlSupport.ok;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The {@code /__sim} controls every simulated portal has: index, clock, faults, counters, rate limit, keys. */
final class KernelControls {

    private final SimulatedPortal portal;

    private KernelControls(SimulatedPortal portal) {
        this.portal = portal;
    }

    static void register(Router router, SimulatedPortal portal) {
        KernelControls controls = new KernelControls(portal);
        router.get("/", request -> controls.index())
                .get("/clock", request -> controls.clock())
                .put("/clock", controls::setClock)
                .post("/clock/advance", controls::advanceClock)
                .get("/faults", request -> controls.faults())
                .post("/faults", controls::addFault)
                .delete("/faults", request -> controls.clearFaults())
                .get("/counters", request -> controls.counters())
                .delete("/counters", request -> controls.resetCounters())
                .get("/rate-limit", request -> controls.rateLimit())
                .put("/rate-limit", controls::setRateLimit)
                .get("/natural-keys", request -> ok(Map.of("counts", portal.naturalKeyCounts())))
                .get("/duplicates", request -> ok(Map.of("duplicates", portal.duplicateNaturalKeys())));
    }

    private SimResponse index() {
        ObjectNode index = SimJson.object().put("portal", portal.name()).put("baseUrl", portal.baseUrl());
        portal.controls().forEach(index.putArray("controls")::add);
        portal.routes().forEach(index.putArray("routes")::add);
        return ok(index);
    }

    private SimResponse clock() {
        return ok(Map.of("now", portal.clock().now().toString()));
    }

    private SimResponse setClock(SimRequest request) {
        String now = ControlSupport.text(body(request), "now");
        try {
            portal.clock().set(Instant.parse(now));
        } catch (DateTimeParseException e) {
            throw badRequest("Field 'now' must be an ISO-8601 instant such as 2026-03-01T08:00:00Z");
        }
        return clock();
    }

    private SimResponse advanceClock(SimRequest request) {
        ObjectNode body = body(request);
        Duration amount = ControlSupport.optionalText(body, "duration").map(KernelControls::duration)
                .or(() -> ControlSupport.optionalLong(body, "seconds").map(Duration::ofSeconds))
                .orElseThrow(() -> badRequest("Give 'seconds' (an integer) or 'duration' (ISO-8601, e.g. PT8H)"));
        if (amount.isNegative()) {
            throw badRequest("The clock only advances; use PUT /__sim/clock to go back");
        }
        portal.clock().advance(amount);
        return clock();
    }

    private SimResponse faults() {
        ArrayNode rules = SimJson.mapper().createArrayNode();
        portal.faults().rules().forEach(rule -> rules.add(describe(rule)));
        return ok(Map.of("rules", rules, "totalFired", portal.faults().totalFired()));
    }

    private SimResponse addFault(SimRequest request) {
        ObjectNode body = body(request);
        String method = ControlSupport.optionalText(body, "method").orElse("*");
        String path = ControlSupport.text(body, "path");
        int times = Math.toIntExact(ControlSupport.optionalLong(body, "times").orElse(1L));
        FaultTiming timing = enumValue(FaultTiming.class, ControlSupport.optionalText(body, "timing"), "timing")
                .orElse(FaultTiming.BEFORE);
        FaultRule rule;
        try {
            rule = portal.faults().add(method, path, times, timing, action(body));
        } catch (IllegalArgumentException e) {
            throw badRequest(e.getMessage());
        }
        return SimResponse.json(201, describe(rule));
    }

    private static FaultAction action(ObjectNode body) {
        String type = ControlSupport.text(body, "action").toUpperCase(Locale.ROOT);
        switch (type) {
            case "FAULT":
                return FaultAction.connection(
                        enumValue(Fault.class, ControlSupport.optionalText(body, "fault"), "fault")
                                .orElseThrow(() -> badRequest("Field 'fault' is required for action FAULT")));
            case "DELAY":
                return FaultAction.delay(Duration.ofMillis(ControlSupport.optionalLong(body, "delayMillis")
                        .orElseThrow(() -> badRequest("Field 'delayMillis' is required for action DELAY"))));
            case "STATUS":
                long status = ControlSupport.optionalLong(body, "status")
                        .orElseThrow(() -> badRequest("Field 'status' is required for action STATUS"));
                Optional<String> text = ControlSupport.optionalText(body, "body");
                return FaultAction.status(Math.toIntExact(status),
                        text.map(t -> ControlSupport.optionalText(body, "contentType").orElse(SimResponse.JSON))
                                .orElse(null),
                        text.orElse(null));
            case "RATE_LIMIT":
                return FaultAction.rateLimited(
                        Duration.ofSeconds(ControlSupport.optionalLong(body, "retryAfterSeconds").orElse(1L)));
            case "SESSION_EXPIRY":
                return FaultAction.sessionExpiry();
            default:
                throw badRequest("Unknown action '" + type
                        + "'; use FAULT, DELAY, STATUS, RATE_LIMIT or SESSION_EXPIRY");
        }
    }

    private static ObjectNode describe(FaultRule rule) {
        ObjectNode node = SimJson.object()
                .put("id", rule.id())
                .put("method", rule.method().orElse("*"))
                .put("path", rule.pathRegex())
                .put("times", rule.times())
                .put("fired", rule.fired())
                .put("remaining", rule.remaining())
                .put("timing", rule.timing().name())
                .put("action", rule.action().type());
        FaultAction action = rule.action();
        if (action instanceof FaultAction.ConnectionFault connection) {
            node.put("fault", connection.fault().name());
        } else if (action instanceof FaultAction.Delay delay) {
            node.put("delayMillis", delay.delay().toMillis());
        } else if (action instanceof FaultAction.Status status) {
            node.put("status", status.status());
            if (status.body() != null) {
                node.put("contentType", status.contentType()).put("body", status.body());
            }
        } else if (action instanceof FaultAction.RateLimited limited) {
            node.put("retryAfterSeconds", limited.retryAfter().toSeconds());
        }
        return node;
    }

    private SimResponse clearFaults() {
        portal.faults().clear();
        return faults();
    }

    private SimResponse counters() {
        return ok(Map.of("total", portal.counters().total(), "requests", portal.counters().snapshot()));
    }

    private SimResponse resetCounters() {
        portal.counters().reset();
        return counters();
    }

    private SimResponse rateLimit() {
        return ok(Map.of("perSecond", portal.rateLimit().perSecond()));
    }

    private SimResponse setRateLimit(SimRequest request) {
        long limit = ControlSupport.optionalLong(body(request), "perSecond")
                .orElseThrow(() -> badRequest("Field 'perSecond' is required (0 = no limit)"));
        if (limit < 0 || limit > Integer.MAX_VALUE) {
            throw badRequest("Field 'perSecond' must be between 0 and " + Integer.MAX_VALUE);
        }
        portal.rateLimit().perSecond((int) limit);
        return rateLimit();
    }

    private static Duration duration(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw badRequest("Field 'duration' must be an ISO-8601 duration such as PT8H");
        }
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, Optional<String> text, String field) {
        try {
            return text.map(t -> Enum.valueOf(type, t.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw badRequest("Field '" + field + "' has an unknown value; use one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
