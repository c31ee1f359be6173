package io.github.bpsconnector.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/** A tiny stateful portal for the kernel's tests: cookie sessions, items with names, echo routes. */
final class EchoPortal extends SimulatedPortal {

    private final Set<String> sessions = ConcurrentHashMap.newKeySet();
    private final Map<Long, String> items = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    EchoPortal(SimClock clock, int port) {
        super("echo", clock, port);
    }

    @Override
    protected void defineRoutes(Router router) {
        router.post("/login", request -> {
            String sid = UUID.randomUUID().toString();
            sessions.add(sid);
            return SimResponse.status(204).withHeader("Set-Cookie", "sid=" + sid + "; Path=/");
        });
        router.post("/items", request -> {
            requireSession(request);
            String name = request.formField("name")
                    .orElseThrow(() -> new SimResponseException(SimResponse.json(400, Map.of("error", "name"))));
            long id = ids.incrementAndGet();
            items.put(id, name);
            return SimResponse.json(201, Map.of("id", id));
        });
        router.get("/items/{id}", request -> {
            requireSession(request);
            String name = items.get(Long.parseLong(request.pathParam("id")));
            return name == null ? notFound(request) : SimResponse.json(200, Map.of("name", name));
        });
        router.get("/echo/{a}/and/{b}", request -> SimResponse.json(200, Map.of(
                "a", request.pathParam("a"),
                "b", request.pathParam("b"),
                "q", request.queryAll("q"),
                "header", request.header("X-Test").orElse(""),
                "cookie", request.cookie("flavour").orElse(""))));
        router.post("/upload", request -> SimResponse.json(200, Map.of("parts", request.parts().stream()
                .map(p -> Map.of("name", p.name(), "fileName", String.valueOf(p.fileName()),
                        "contentType", String.valueOf(p.contentType()), "size", p.size(), "text", p.bodyAsString()))
                .toList())));
        router.post("/form", request -> SimResponse.json(200, Map.of("fields", request.formFields())));
        router.get("/boom", request -> {
            throw new IllegalStateException("boom");
        });
    }

    @Override
    protected SimResponse expireSession(SimRequest request) {
        request.cookie("sid").ifPresent(sessions::remove);
        return SimResponse.json(401, Map.of("expired", true));
    }

    @Override
    public Map<String, Long> naturalKeyCounts() {
        return items.values().stream().collect(Collectors.groupingBy(n -> n, LinkedHashMap::new,
                Collectors.counting()));
    }

    @Override
    public List<String> summaryLines() {
        return List.of("echo portal");
    }

    List<String> itemNames() {
        return List.copyOf(items.values());
    }

    private void requireSession(SimRequest request) {
        if (request.cookie("sid").filter(sessions::contains).isEmpty()) {
            throw new SimResponseException(SimResponse.json(401, Map.of("error", "login")));
        }
    }
}
