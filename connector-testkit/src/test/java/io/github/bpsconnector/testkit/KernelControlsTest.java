package io.github.bpsconnector.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The common {@code /__sim} controls over HTTP, as a system in another language would use them. */
class KernelControlsTest {

    private SimClock clock;
    private EchoPortal portal;
    private RawHttp http;

    @BeforeEach
    void start() {
        clock = new SimClock(Instant.parse("2026-02-01T00:00:00Z"));
        portal = new EchoPortal(clock, 0);
        portal.start();
        http = new RawHttp(portal.baseUrl());
    }

    @AfterEach
    void stop() throws IOException {
        http.close();
        portal.close();
    }

    private RawHttp.Reply send(String method, String path, String json) {
        return http.call(method, path).json(json).send();
    }

    @Test
    void indexListsControlsAndRoutes() {
        JsonNode index = http.get("/__sim").json();
        assertThat(index.get("portal").asText()).isEqualTo("echo");
        assertThat(index.get("baseUrl").asText()).isEqualTo(portal.baseUrl());
        assertThat(index.get("controls").toString()).contains("POST /__sim/faults", "POST /__sim/clock/advance");
        assertThat(index.get("routes").toString()).contains("GET /items/{id}");
    }

    @Test
    void clockCanBeReadAdvancedAndSet() {
        assertThat(http.get("/__sim/clock").json().get("now").asText()).isEqualTo("2026-02-01T00:00:00Z");

        assertThat(send("POST", "/__sim/clock/advance", "{\"seconds\":90}").json().get("now").asText())
                .isEqualTo("2026-02-01T00:01:30Z");
        assertThat(send("POST", "/__sim/clock/advance", "{\"duration\":\"PT8H\"}").json().get("now").asText())
                .isEqualTo("2026-02-01T08:01:30Z");
        assertThat(clock.now()).isEqualTo(Instant.parse("2026-02-01T08:01:30Z"));

        send("PUT", "/__sim/clock", "{\"now\":\"2025-12-31T23:00:00Z\"}");
        assertThat(clock.now()).isEqualTo(Instant.parse("2025-12-31T23:00:00Z"));
    }

    @Test
    void clockRefusesBadInput() {
        assertThat(send("POST", "/__sim/clock/advance", "{\"seconds\":-5}").status()).isEqualTo(400);
        assertThat(send("POST", "/__sim/clock/advance", "{}").status()).isEqualTo(400);
        assertThat(send("PUT", "/__sim/clock", "{\"now\":\"yesterday\"}").json().get("error").asText())
                .contains("ISO-8601");
        assertThat(send("PUT", "/__sim/clock", "not json").status()).isEqualTo(400);
        assertThat(clock.now()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
    }

    @Test
    void faultsCanBeAddedListedAndCleared() {
        RawHttp.Reply added = send("POST", "/__sim/faults",
                "{\"method\":\"POST\",\"path\":\"/items\",\"times\":1,\"timing\":\"AFTER\","
                        + "\"action\":\"FAULT\",\"fault\":\"EMPTY_RESPONSE\"}");
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("remaining").asInt()).isEqualTo(1);

        String sid = http.call("POST", "/login").send().header("Set-Cookie").orElseThrow()
                .replaceFirst("sid=([^;]+).*", "$1");
        assertThatThrownBy(() -> http.call("POST", "/items").header("Cookie", "sid=" + sid)
                .bytes("name=x".getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_FORM_URLENCODED)
                .sendRaw()).isInstanceOf(NoHttpResponseException.class);
        assertThat(portal.itemNames()).containsExactly("x");

        JsonNode listed = http.get("/__sim/faults").json();
        assertThat(listed.at("/rules/0/fired").asInt()).isEqualTo(1);
        assertThat(listed.at("/rules/0/remaining").asInt()).isZero();
        assertThat(listed.at("/rules/0/timing").asText()).isEqualTo("AFTER");
        assertThat(listed.get("totalFired").asInt()).isEqualTo(1);

        assertThat(http.call("DELETE", "/__sim/faults").send().json().get("rules")).isEmpty();
        assertThat(portal.faults().rules()).isEmpty();
    }

    @Test
    void everyFaultActionCanBeDescribedInJson() {
        assertThat(send("POST", "/__sim/faults", "{\"path\":\"/a\",\"action\":\"DELAY\",\"delayMillis\":250}")
                .json().get("delayMillis").asInt()).isEqualTo(250);
        RawHttp.Reply status = send("POST", "/__sim/faults",
                "{\"path\":\"/a\",\"action\":\"STATUS\",\"status\":200,\"body\":\"{\\\"status\\\":200}\"}");
        assertThat(status.json().get("contentType").asText()).startsWith("application/json");
        assertThat(send("POST", "/__sim/faults", "{\"path\":\"/a\",\"action\":\"RATE_LIMIT\",\"retryAfterSeconds\":3}")
                .json().get("retryAfterSeconds").asInt()).isEqualTo(3);
        assertThat(send("POST", "/__sim/faults", "{\"path\":\"/a\",\"action\":\"SESSION_EXPIRY\",\"times\":4}")
                .json().get("times").asInt()).isEqualTo(4);
        assertThat(portal.faults().rules()).hasSize(4);
        assertThat(portal.faults().rules().get(0).method()).isEmpty();
    }

    @Test
    void faultsRefuseBadInput() {
        assertThat(send("POST", "/__sim/faults", "{\"path\":\"/a\",\"action\":\"EXPLODE\"}").status()).isEqualTo(400);
        assertThat(send("POST", "/__sim/faults", "{\"path\":\"/a\",\"action\":\"FAULT\",\"fault\":\"NOPE\"}")
                .json().get("error").asText()).contains("CONNECTION_RESET_BY_PEER");
        assertThat(send("POST", "/__sim/faults", "{\"path\":\"[\",\"action\":\"STATUS\",\"status\":500}").status())
                .isEqualTo(400);
        assertThat(send("POST", "/__sim/faults", "{\"path\":\"/a\",\"action\":\"STATUS\",\"status\":500,\"times\":0}")
                .status()).isEqualTo(400);
        assertThat(send("POST", "/__sim/faults", "{\"action\":\"STATUS\",\"status\":500}").status()).isEqualTo(400);
        assertThat(portal.faults().rules()).isEmpty();
    }

    @Test
    void countersCanBeReadAndReset() {
        http.get("/echo/a/and/b");
        http.get("/echo/c/and/d");
        JsonNode counters = http.get("/__sim/counters").json();
        assertThat(counters.get("total").asInt()).isEqualTo(2);
        assertThat(counters.at("/requests/GET ~1echo~1{a}~1and~1{b}").asInt()).isEqualTo(2);

        assertThat(http.call("DELETE", "/__sim/counters").send().json().get("total").asInt()).isZero();
        assertThat(portal.counters().total()).isZero();
    }

    @Test
    void rateLimitCanBeSet() {
        assertThat(http.get("/__sim/rate-limit").json().get("perSecond").asInt()).isZero();
        assertThat(send("PUT", "/__sim/rate-limit", "{\"perSecond\":50}").json().get("perSecond").asInt())
                .isEqualTo(50);
        assertThat(portal.rateLimit().perSecond()).isEqualTo(50);
        assertThat(send("PUT", "/__sim/rate-limit", "{\"perSecond\":-1}").status()).isEqualTo(400);
    }

    @Test
    void naturalKeysAndDuplicates() {
        String sid = http.call("POST", "/login").send().header("Set-Cookie").orElseThrow()
                .replaceFirst("sid=([^;]+).*", "$1");
        for (String name : new String[] {"a", "a", "b"}) {
            http.call("POST", "/items").header("Cookie", "sid=" + sid)
                    .bytes(("name=" + name).getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_FORM_URLENCODED)
                    .send();
        }
        assertThat(http.get("/__sim/natural-keys").json().at("/counts/b").asInt()).isEqualTo(1);
        JsonNode duplicates = http.get("/__sim/duplicates").json().get("duplicates");
        assertThat(duplicates.size()).isEqualTo(1);
        assertThat(duplicates.get("a").asInt()).isEqualTo(2);
    }

    @Test
    void unknownControlIs404() {
        assertThat(http.get("/__sim/nothing").status()).isEqualTo(404);
    }
}
