package io.github.bpsconnector.testkit.indah;

import static io.github.bpsconnector.testkit.indah.IndahResponses.problem;
import static io.github.bpsconnector.testkit.indah.IndahResponses.problemException;
import static io.github.bpsconnector.testkit.indah.IndahResponses.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.testkit.RequestHandler;
import io.github.bpsconnector.testkit.Router;
import io.github.bpsconnector.testkit.SimJson;
import io.github.bpsconnector.testkit.SimRequest;
import io.github.bpsconnector.testkit.SimResponse;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The HTTP contract of INDAH (portal-model §1): authentication, organisations, metadata records, SDSN. */
final class IndahRoutes {

    static final String V2 = "/sdi/v2/metadata-statistik/";
    static final String CHILDREN = "/sdi/metadata-statistik-kegiatan/{id}/metadata-statistik-";

    private final IndahState state;

    /** A handler that needs a logged-in account. */
    @FunctionalInterface
    private interface AuthenticatedHandler {
        SimResponse handle(SimRequest request, Actor actor);
    }

    private IndahRoutes(IndahState state) {
        this.state = state;
    }

    static void register(Router router, IndahState state) {
        IndahRoutes routes = new IndahRoutes(state);
        router.post("/api/authenticate", routes::authenticate)
                .get("/api/captcha", request -> routes.captcha())
                .get("/api/account", routes.authenticated(routes::account))
                .get("/api/sdi-organizations", routes.authenticated(routes::organizations))
                .get("/api/standar-data-statistik-nasional", routes::sdsn)
                .get(V2 + "kegiatan", routes.authenticated(routes::listKegiatan))
                .post(V2 + "kegiatan/{id}/cycle", routes.authenticated(routes::cycle));
        for (MetadataKind kind : MetadataKind.values()) {
            String base = V2 + kind.pathSegment();
            router.post(base, routes.authenticated((request, actor) -> routes.create(kind, request, actor)))
                    .get(base + "/{id}", routes.authenticated((request, actor) -> routes.read(kind, request, actor)))
                    .put(base + "/{id}", routes.authenticated((request, actor) -> routes.update(kind, request, actor)))
                    .delete(base + "/{id}",
                            routes.authenticated((request, actor) -> routes.delete(kind, request, actor)));
        }
        router.get(CHILDREN + "variabel",
                routes.authenticated((request, actor) -> routes.children(MetadataKind.VARIABEL, request, actor)));
        router.get(CHILDREN + "indikator",
                routes.authenticated((request, actor) -> routes.children(MetadataKind.INDIKATOR, request, actor)));
    }

    /** The 401 of a missing, unknown or expired token. */
    static SimResponse unauthorized(String detail) {
        return problem(401, "Unauthorized", detail);
    }

    static Optional<String> bearer(SimRequest request) {
        return request.header("Authorization")
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(value -> value.substring(7).trim())
                .filter(token -> !token.isEmpty());
    }

    private RequestHandler authenticated(AuthenticatedHandler handler) {
        return request -> {
            String token = bearer(request).orElse(null);
            if (token == null) {
                return unauthorized("Full authentication is required to access this resource");
            }
            Optional<Actor> actor = state.actor(token);
            if (actor.isEmpty()) {
                return unauthorized("Token tidak valid atau sudah kedaluwarsa");
            }
            try {
                return handler.handle(request, actor.get());
            } catch (IndahRejection rejection) {
                return IndahResponses.rejection(rejection, state.rejectionStyle());
            } catch (MetadataStore.NotFound notFound) {
                return problem(404, "Not Found", notFound.getMessage());
            }
        };
    }

    // --- authentication ---

    private SimResponse authenticate(SimRequest request) {
        JsonNode body = jsonObject(request);
        if (state.captchaRequired()) {
            String captchaId = body.path("captchaId").asText("");
            String answer = body.path("captcha").asText("");
            if (captchaId.isEmpty() || answer.isEmpty()
                    || !state.captchas.consume(captchaId, answer, state.clock.now())) {
                return problem(400, "Captcha", "Kode captcha salah");
            }
        }
        String username = body.path("username").asText("");
        String password = body.path("password").asText("");
        Optional<IndahAccount> account = state.directory.account(username)
                .filter(a -> java.security.MessageDigest.isEqual(
                        a.password().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        password.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        if (account.isEmpty()) {
            return unauthorized("Bad credentials");
        }
        String token = state.issueToken(account.get());
        return SimResponse.json(200, SimJson.object().put("token", token))
                .withHeader("Authorization", "Bearer " + token);
    }

    private SimResponse captcha() {
        CaptchaStore.Issued issued = state.captchas.issue(state.clock.now());
        return SimResponse.json(200, SimJson.object()
                .put("captchaId", issued.id())
                .put("image", "data:image/png;base64," + Base64.getEncoder().encodeToString(issued.png())));
    }

    private SimResponse account(SimRequest request, Actor actor) {
        IndahAccount account = state.directory.account(actor.username()).orElseThrow();
        return SimResponse.json(200, IndahJson.account(account, actor.organization()));
    }

    // --- organisations and SDSN ---

    private SimResponse organizations(SimRequest request, Actor actor) {
        Paging paging = Paging.of(request);
        String name = request.query("name").map(n -> n.trim().toLowerCase(Locale.ROOT)).orElse("");
        Optional<String> province = request.query("provinceCode").map(String::trim).filter(s -> !s.isEmpty());
        Optional<String> city = request.query("cityCode").map(String::trim).filter(s -> !s.isEmpty());
        Set<IndahRole> roles = roles(request);
        List<ObjectNode> matching = state.directory.organizations().stream()
                .filter(org -> org.name().toLowerCase(Locale.ROOT).contains(name))
                .filter(org -> province.map(org.provinceCode()::equals).orElse(true))
                .filter(org -> city.map(org.cityCode()::equals).orElse(true))
                .filter(org -> roles.isEmpty() || roles.contains(org.role()))
                .map(IndahJson::organization)
                .toList();
        return SimResponse.json(200, paging.springPage(matching));
    }

    private static Set<IndahRole> roles(SimRequest request) {
        String text = String.join(",", request.queryAll("roles"));
        try {
            return Arrays.stream(text.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .map(s -> IndahRole.valueOf(s.toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", "")))
                    .collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw problemException(400, "Bad Request", "roles tidak dikenal: " + text);
        }
    }

    private SimResponse sdsn(SimRequest request) {
        return SimResponse.json(200, Paging.of(request).springPage(state.sdsn.records()));
    }

    // --- metadata records ---

    private SimResponse create(MetadataKind kind, SimRequest request, Actor actor) {
        return result(state.records.create(kind, jsonObject(request), actor).envelope());
    }

    private SimResponse read(MetadataKind kind, SimRequest request, Actor actor) {
        return SimResponse.json(200, state.records.get(kind, id(request), actor).envelope());
    }

    private SimResponse update(MetadataKind kind, SimRequest request, Actor actor) {
        return result(state.records.update(kind, id(request), jsonObject(request), actor).envelope());
    }

    private SimResponse delete(MetadataKind kind, SimRequest request, Actor actor) {
        long id = id(request);
        state.records.delete(kind, id, actor);
        return result(SimJson.object().put("id", id));
    }

    private SimResponse cycle(SimRequest request, Actor actor) {
        return result(state.records.cycle(id(request), jsonObject(request), actor).envelope());
    }

    private SimResponse listKegiatan(SimRequest request, Actor actor) {
        Paging paging = Paging.of(request);
        String name = request.query("name").map(MetadataRecord::normalize).orElse("");
        Optional<Integer> period = request.query("submissionPeriod").map(String::trim).filter(s -> !s.isEmpty())
                .map(IndahRoutes::period);
        List<ObjectNode> items = state.records.select(MetadataKind.KEGIATAN, actor,
                r -> r.normalizedTitle().contains(name)
                        && period.map(p -> p == r.submissionPeriod).orElse(true),
                MetadataRecord::listItem);
        ObjectNode body = SimJson.object().put("status", 200);
        body.putArray("result").add(paging.v2Page(items));
        return SimResponse.json(200, body);
    }

    private SimResponse children(MetadataKind kind, SimRequest request, Actor actor) {
        Paging paging = Paging.of(request);
        return SimResponse.json(200, paging.springPage(
                state.records.children(id(request), kind, actor, MetadataRecord::envelope)));
    }

    private static int period(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw problemException(400, "Bad Request", "submissionPeriod harus tahun: " + text);
        }
    }

    private static long id(SimRequest request) {
        String text = request.pathParam("id");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw problemException(400, "Bad Request", "id harus bilangan bulat: " + text);
        }
    }

    private static JsonNode jsonObject(SimRequest request) {
        JsonNode body;
        try {
            body = SimJson.read(request.body());
        } catch (IllegalArgumentException e) {
            throw problemException(400, "Bad Request", "Body permintaan bukan JSON yang sah");
        }
        if (!body.isObject()) {
            throw problemException(400, "Bad Request", "Body permintaan harus objek JSON");
        }
        return body;
    }
}
