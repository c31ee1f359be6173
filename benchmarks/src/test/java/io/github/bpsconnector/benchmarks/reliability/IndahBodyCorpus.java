package io.github.bpsconnector.benchmarks.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.bpsconnector.core.resilience.ResilienceSettings;
import io.github.bpsconnector.indah.IndahClient;
import io.github.bpsconnector.indah.IndahLogin;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * INDAH answers broken in the ways a changed API, a proxy or a cut connection breaks them, served over loopback by
 * a plain WireMock server to a real {@code IndahClient}: for each read the client makes (account, MS-Keg, MS-Keg
 * list, MS-Var, an MS-Keg's MS-Var, SDSN list) the simulator's own answer with each top-level field (and each field
 * of the first list item) missing, an array, a text or {@code null}; then cut, not JSON, numbers too big, deep
 * nesting, a body past the size cap. Each must end in a result or a typed exception, within the case's time limit
 * (a paging loop that never ends is a hang).
 */
final class IndahBodyCorpus implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<JsonNode> WRONG = List.of(JSON.createArrayNode(), JSON.getNodeFactory().textNode(
            "teks"), JSON.getNodeFactory().nullNode());

    /** A JSON number that is a whole value of an object or array. */
    private static final String NUMBER = "(?<=[:\\[,])(-?\\d+)(?=[,}\\]])";

    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final SavedIndahAnswers answers;
    private IndahClient client;

    /** One read of the client: the path it asks for and the call. */
    private record Read(String path, Function<IndahClient, Object> call) {
    }

    IndahBodyCorpus(SavedIndahAnswers answers) {
        this.answers = answers;
        server.start();
    }

    private Map<String, Read> reads() {
        long keg = answers.kegiatanId();
        long var = answers.variabelId();
        Map<String, Read> reads = new LinkedHashMap<>();
        reads.put("account", new Read("/api/account", IndahClient::account));
        reads.put("MS-Keg", new Read("/sdi/v2/metadata-statistik/kegiatan/" + keg, c -> c.kegiatan().get(keg)));
        reads.put("MS-Keg list", new Read("/sdi/v2/metadata-statistik/kegiatan",
                c -> c.kegiatan().list(null, null).stream().toList()));
        reads.put("MS-Var", new Read("/sdi/v2/metadata-statistik/variabel/" + var, c -> c.variabel().get(var)));
        reads.put("MS-Keg's MS-Var", new Read("/sdi/metadata-statistik-kegiatan/" + keg
                + "/metadata-statistik-variabel", c -> c.kegiatan().variables(keg).stream().toList()));
        reads.put("SDSN list", new Read("/api/standar-data-statistik-nasional", c -> c.sdsn().stream().toList()));
        return reads;
    }

    List<BadInput> cases() {
        List<BadInput> cases = new ArrayList<>();
        reads().forEach((name, read) -> {
            JsonNode good = answers.body(read.path());
            cases.add(new BadInput("INDAH JSON", name + ": as served", () -> serve(read, good.toString())));
            fields(good).forEach((field, edit) -> {
                cases.add(broken(name, read, field + " missing", good, node -> node.remove(edit)));
                for (JsonNode wrong : WRONG) {
                    cases.add(broken(name, read, field + " = " + wrong, good, node -> node.set(edit, wrong)));
                }
            });
            String text = good.toString();
            Map<String, java.util.function.Supplier<String>> bodies = new LinkedHashMap<>();
            bodies.put("cut at 1/3", () -> text.substring(0, text.length() / 3));
            bodies.put("cut at 2/3", () -> text.substring(0, text.length() * 2 / 3));
            bodies.put("empty", () -> "");
            bodies.put("null", () -> "null");
            bodies.put("an array", () -> "[" + text + "]");
            bodies.put("an HTML page", () -> "<html><body><h1>502 Bad Gateway</h1></body></html>");
            bodies.put("every number 1e400", () -> text.replaceAll(NUMBER, "1e400"));
            bodies.put("every number 20 digits", () -> text.replaceAll(NUMBER, "99999999999999999999"));
            bodies.put("100,000 nested arrays",
                    () -> "{\"result\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");
            bodies.put("a 40 MB string", () -> "{\"x\":\"" + "a".repeat(40 * 1024 * 1024) + "\"}");
            bodies.forEach((what, body) -> cases.add(new BadInput("INDAH JSON", name + ": " + what,
                    () -> serve(read, body.get()))));
        });
        return cases;
    }

    /** The fields to break: the top-level ones, and those of the first item of a list. */
    private static Map<String, Edit> fields(JsonNode good) {
        Map<String, Edit> fields = new LinkedHashMap<>();
        good.fieldNames().forEachRemaining(name -> fields.put(name, new Edit(List.of(), name)));
        firstItemPath(good).ifPresent(path -> {
            JsonNode item = at(good, path);
            item.fieldNames().forEachRemaining(name -> fields.put(String.join(".", path) + "[0]." + name,
                    new Edit(path, name)));
        });
        return fields;
    }

    /** Where a field sits: the object keys down to the array whose first item holds it (empty: the root). */
    private record Edit(List<String> arrayPath, String name) {
    }

    private static java.util.Optional<List<String>> firstItemPath(JsonNode node) {
        for (List<String> path : List.of(List.of("content"), List.of("result", "content"), List.of("result"))) {
            JsonNode array = at(node, path);
            if (array != null && array.isArray() && !array.isEmpty() && array.get(0).isObject()) {
                return java.util.Optional.of(path);
            }
        }
        return java.util.Optional.empty();
    }

    private static JsonNode at(JsonNode node, List<String> path) {
        JsonNode current = node;
        for (String key : path) {
            current = current == null ? null : current.get(key);
        }
        return current;
    }

    private BadInput broken(String name, Read read, String what, JsonNode good, Consumer<ObjectNodeEdit> change) {
        JsonNode copy = good.deepCopy();
        change.accept(new ObjectNodeEdit(copy));
        String body = copy.toString();
        return new BadInput("INDAH JSON", name + ": " + what, () -> serve(read, body));
    }

    /** Applies an {@link Edit} to a copy of a body. */
    private static final class ObjectNodeEdit {
        private final JsonNode root;

        ObjectNodeEdit(JsonNode root) {
            this.root = root;
        }

        void remove(Edit edit) {
            target(edit).remove(edit.name());
        }

        void set(Edit edit, JsonNode value) {
            target(edit).set(edit.name(), value.deepCopy());
        }

        private ObjectNode target(Edit edit) {
            JsonNode at = edit.arrayPath().isEmpty() ? root : at(root, edit.arrayPath()).get(0);
            return (ObjectNode) at;
        }
    }

    private Object serve(Read read, String body) {
        server.resetAll();
        server.stubFor(get(urlPathEqualTo(read.path())).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));
        return read.call().apply(client());
    }

    private IndahClient client() {
        if (client == null) {
            client = IndahClient.builder().apiBaseUrl(URI.create(server.baseUrl()))
                    .resilienceSettings(ResilienceSettings.builder().backoff(Duration.ofMillis(5), 2.0,
                            Duration.ofMillis(20)).build())
                    .login(IndahLogin.browserToken(answers.token())).build();
        }
        return client;
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
        server.stop();
    }
}
