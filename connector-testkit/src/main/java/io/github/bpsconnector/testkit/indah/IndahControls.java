package io.github.bpsconnector.testkit.indah;

import static io.github.bpsconnector.testkit.ControlSupport.badRequest;
import static io.github.bpsconnector.testkit.ControlSupport.body;
import static io.github.bpsconnector.testkit.ControlSupport.ok;
import static io.github.bpsconnector.testkit.ControlSupport.optionalLong;
import static io.github.bpsconnector.testkit.ControlSupport.optionalText;
import static io.github.bpsconnector.testkit.ControlSupport.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.testkit.ControlSupport;
import io.github.bpsconnector.testkit.Router;
import io.github.bpsconnector.testkit.SimJson;
import io.github.bpsconnector.testkit.SimRequest;
import io.github.bpsconnector.testkit.SimResponse;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/** The INDAH-specific {@code /__sim} controls (see the testkit README for the table). */
final class IndahControls {

    private final SimulatedIndah indah;
    private final IndahState state;

    private IndahControls(SimulatedIndah indah, IndahState state) {
        this.indah = indah;
        this.state = state;
    }

    static void register(Router router, SimulatedIndah indah, IndahState state) {
        IndahControls c = new IndahControls(indah, state);
        router.get("/accounts", request -> c.accounts())
                .post("/accounts", c::addAccount)
                .get("/organizations", request -> c.organizations())
                .post("/organizations", c::addOrganization)
                .get("/captcha", request -> c.captcha())
                .put("/captcha", c::setCaptcha)
                .get("/captcha/{captchaId}", c::captchaAnswer)
                .get("/settings", request -> c.settings())
                .put("/settings", c::setSettings)
                .post("/tokens", c::issueToken)
                .delete("/tokens", c::expireTokens)
                .get("/records", c::records)
                .get("/records/count", c::count)
                .get("/records/{id}", c::record)
                .post("/records/{id}/review", c::review);
    }

    private SimResponse accounts() {
        ArrayNode list = SimJson.mapper().createArrayNode();
        for (IndahAccount account : indah.accounts()) {
            ObjectNode node = list.addObject()
                    .put("username", account.username())
                    .put("name", account.name())
                    .put("email", account.email())
                    .put("organizationId", account.organizationId());
            state.directory.organization(account.organizationId()).ifPresent(o -> node.put("role", o.role().name()));
            ArrayNode functions = node.putArray("functions");
            account.functions().stream().sorted().forEach(f -> functions.add(f.name()));
        }
        return ok(Map.of("accounts", list));
    }

    private SimResponse addAccount(SimRequest request) {
        ObjectNode body = body(request);
        Set<IndahFunction> functions = EnumSet.noneOf(IndahFunction.class);
        body.path("functions").forEach(f -> functions.add(enumValue(IndahFunction.class, f.asText(), "functions")));
        try {
            indah.addAccount(new IndahAccount(text(body, "username"), text(body, "password"), text(body, "name"),
                    optionalText(body, "email").orElse(null),
                    optionalLong(body, "organizationId").orElseThrow(() -> badRequest("Field 'organizationId' is required")),
                    functions));
        } catch (IllegalArgumentException e) {
            throw badRequest(e.getMessage());
        }
        return SimResponse.json(201, Map.of("username", text(body, "username")));
    }

    private SimResponse organizations() {
        ArrayNode list = SimJson.mapper().createArrayNode();
        indah.organizations().forEach(o -> list.add(IndahJson.organization(o).put("role", o.role().name())));
        return ok(Map.of("organizations", list));
    }

    private SimResponse addOrganization(SimRequest request) {
        ObjectNode body = body(request);
        IndahOrganization org;
        try {
            org = new IndahOrganization(
                    optionalLong(body, "id").orElseThrow(() -> badRequest("Field 'id' is required")),
                    text(body, "name"),
                    enumValue(IndahRole.class, text(body, "role"), "role"),
                    text(body, "provinceCode"), optionalText(body, "provinceName").orElse(null),
                    text(body, "cityCode"), optionalText(body, "cityName").orElse(null),
                    optionalText(body, "address").orElse(null), optionalText(body, "phone").orElse(null),
                    optionalText(body, "email").orElse(null), optionalText(body, "fax").orElse(null));
        } catch (IllegalArgumentException e) {
            throw badRequest(e.getMessage());
        }
        indah.addOrganization(org);
        return SimResponse.json(201, IndahJson.organization(org).put("role", org.role().name()));
    }

    private SimResponse captcha() {
        return ok(Map.of("required", indah.captchaRequired()));
    }

    private SimResponse setCaptcha(SimRequest request) {
        indah.captchaRequired(ControlSupport.bool(body(request), "required"));
        return captcha();
    }

    private SimResponse captchaAnswer(SimRequest request) {
        String id = request.pathParam("captchaId");
        return indah.captchaAnswer(id)
                .map(answer -> ok(Map.of("captchaId", id, "answer", answer)))
                .orElseThrow(() -> ControlSupport.notFound("No pending captcha " + id));
    }

    private SimResponse settings() {
        return ok(Map.of("captchaRequired", indah.captchaRequired(),
                "tokenLifetime", indah.tokenLifetime().toString(),
                "rejectionStyle", indah.rejectionStyle().name()));
    }

    private SimResponse setSettings(SimRequest request) {
        ObjectNode body = body(request);
        if (body.has("captchaRequired")) {
            indah.captchaRequired(ControlSupport.bool(body, "captchaRequired"));
        }
        optionalText(body, "tokenLifetime").ifPresent(text -> {
            try {
                indah.tokenLifetime(Duration.parse(text));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw badRequest("Field 'tokenLifetime' must be a positive ISO-8601 duration such as PT8H");
            }
        });
        optionalText(body, "rejectionStyle").ifPresent(text ->
                indah.rejectionStyle(enumValue(RejectionStyle.class, text, "rejectionStyle")));
        return settings();
    }

    private SimResponse issueToken(SimRequest request) {
        String username = text(body(request), "username");
        try {
            return ok(Map.of("token", indah.issueToken(username)));
        } catch (NoSuchElementException e) {
            throw ControlSupport.notFound(e.getMessage());
        }
    }

    private SimResponse expireTokens(SimRequest request) {
        Optional<String> username = request.query("username");
        int expired = username.map(indah::expireTokensOf).orElseGet(indah::expireAllTokens);
        return ok(Map.of("expired", expired));
    }

    private SimResponse records(SimRequest request) {
        Optional<MetadataKind> kind = request.query("kind").map(k -> enumValue(MetadataKind.class, k, "kind"));
        Optional<MetadataStatus> status = request.query("status")
                .map(s -> enumValue(MetadataStatus.class, s, "status"));
        ArrayNode list = SimJson.mapper().createArrayNode();
        indah.records().stream()
                .filter(r -> kind.map(k -> k == r.kind()).orElse(true))
                .filter(r -> status.map(s -> s == r.status()).orElse(true))
                .forEach(r -> list.add(describe(r)));
        return ok(Map.of("records", list));
    }

    private SimResponse record(SimRequest request) {
        long id = id(request.pathParam("id"), "id");
        return indah.record(id).map(r -> ok(describe(r)))
                .orElseThrow(() -> ControlSupport.notFound("No record " + id));
    }

    private SimResponse count(SimRequest request) {
        MetadataKind kind = enumValue(MetadataKind.class, required(request, "kind"), "kind");
        long count;
        if (kind == MetadataKind.KEGIATAN) {
            count = indah.countKegiatan(required(request, "title"),
                    Math.toIntExact(id(required(request, "period"), "period")),
                    id(required(request, "producerId"), "producerId"));
        } else {
            long msKegId = id(required(request, "msKegId"), "msKegId");
            count = request.query("name").map(name -> indah.countChildren(msKegId, kind, name))
                    .orElseGet(() -> indah.countChildren(msKegId, kind));
        }
        return ok(Map.of("count", count));
    }

    private SimResponse review(SimRequest request) {
        long id = id(request.pathParam("id"), "id");
        ObjectNode body = body(request);
        IndahReviewer reviewer = optionalText(body, "username").map(this::reviewerAs).orElseGet(() ->
                switch (enumValue(IndahRole.class, optionalText(body, "as").orElse("WALIDATA"), "as")) {
                    case WALIDATA -> indah.asWalidata();
                    case PEMBINA_DATA -> indah.asPembinaData();
                    case PRODUSEN_DATA -> throw badRequest("A Produsen Data does not review; use WALIDATA or PEMBINA_DATA");
                });
        MetadataStatus target = switch (text(body, "action").toUpperCase(Locale.ROOT)) {
            case "START_REVIEW" -> MetadataStatus.UNDER_REVIEW;
            case "APPROVE" -> MetadataStatus.APPROVED;
            case "REQUEST_CORRECTION" -> MetadataStatus.CORRECTION_REQUIRED;
            case "REJECT" -> MetadataStatus.REJECTED;
            case "PUBLISH" -> MetadataStatus.PUBLISHED;
            default -> throw badRequest("Unknown action; use START_REVIEW, APPROVE, REQUEST_CORRECTION, REJECT "
                    + "or PUBLISH");
        };
        try {
            return ok(describe(reviewer.decide(id, target, optionalText(body, "note").orElse(null))));
        } catch (IndahRejection e) {
            return ControlSupport.error(e.httpStatus(), e.getMessage());
        } catch (NoSuchElementException e) {
            throw ControlSupport.notFound(e.getMessage());
        }
    }

    private IndahReviewer reviewerAs(String username) {
        try {
            return indah.reviewerAs(username);
        } catch (NoSuchElementException e) {
            throw ControlSupport.notFound(e.getMessage());
        }
    }

    private static JsonNode describe(IndahRecord record) {
        ObjectNode node = (ObjectNode) record.envelope();
        node.put("kind", record.kind().name());
        return node;
    }

    private static String required(SimRequest request, String name) {
        return request.query(name).filter(v -> !v.isBlank())
                .orElseThrow(() -> badRequest("Query parameter '" + name + "' is required"));
    }

    private static long id(String text, String name) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw badRequest("'" + name + "' must be an integer");
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String field) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw badRequest("'" + field + "' must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
