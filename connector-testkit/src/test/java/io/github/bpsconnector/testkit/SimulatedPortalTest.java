package io.github.bpsconnector.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.http.Fault;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The kernel through raw HTTP: routing, request access, faults before and after, counters, limits. */
class SimulatedPortalTest {

    private EchoPortal portal;
    private RawHttp http;
    private String sid;

    @BeforeEach
    void start() {
        portal = new EchoPortal(new SimClock(Instant.parse("2026-01-05T01:00:00Z")), 0);
        portal.start();
        http = new RawHttp(portal.baseUrl());
        RawHttp.Reply login = http.call("POST", "/login").send();
        sid = login.header("Set-Cookie").orElseThrow().replaceFirst("sid=([^;]+).*", "$1");
    }

    @AfterEach
    void stop() throws IOException {
        http.close();
        portal.close();
    }

    private RawHttp.Call createItem(String name) {
        return createItem(http, name);
    }

    private RawHttp.Call createItem(RawHttp client, String name) {
        return client.call("POST", "/items").header("Cookie", "sid=" + sid)
                .bytes(("name=" + name).getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_FORM_URLENCODED);
    }

    @Test
    void listensOnLoopbackAndRoutesWithPathQueryHeaderAndCookie() {
        assertThat(portal.baseUrl()).startsWith("http://127.0.0.1:");
        RawHttp.Reply reply = http.call("GET", "/echo/x%20y/and/2?q=1&q=2")
                .header("X-Test", "hello").header("Cookie", "flavour=durian").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("a").asText()).isEqualTo("x y");
        assertThat(reply.json().get("b").asText()).isEqualTo("2");
        assertThat(reply.json().get("q")).hasSize(2);
        assertThat(reply.json().get("header").asText()).isEqualTo("hello");
        assertThat(reply.json().get("cookie").asText()).isEqualTo("durian");
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405() {
        assertThat(http.get("/nowhere").status()).isEqualTo(404);
        assertThat(http.get("/items").status()).isEqualTo(405);
    }

    @Test
    void handlerFailureIs500WithoutDetailsOfTheRequest() {
        RawHttp.Reply reply = http.get("/boom");
        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.json().get("detail").asText()).contains("IllegalStateException");
    }

    @Test
    void formFieldsAndMultipartPartsReachTheHandler() {
        RawHttp.Reply form = http.call("POST", "/form")
                .bytes("a=1&b=x+y&b=z".getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_FORM_URLENCODED)
                .send();
        assertThat(form.json().at("/fields/a/0").asText()).isEqualTo("1");
        assertThat(form.json().at("/fields/b")).hasSize(2);
        assertThat(form.json().at("/fields/b/0").asText()).isEqualTo("x y");

        byte[] pdf = "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII);
        RawHttp.Reply upload = http.call("POST", "/upload").entity(MultipartEntityBuilder.create()
                .addTextBody("_token", "abc")
                .addBinaryBody("berkas", pdf, ContentType.create("application/pdf"), "kak.pdf")
                .build()).send();
        assertThat(upload.json().at("/parts/0/name").asText()).isEqualTo("_token");
        assertThat(upload.json().at("/parts/0/text").asText()).isEqualTo("abc");
        assertThat(upload.json().at("/parts/1/fileName").asText()).isEqualTo("kak.pdf");
        assertThat(upload.json().at("/parts/1/contentType").asText()).isEqualTo("application/pdf");
        assertThat(upload.json().at("/parts/1/size").asInt()).isEqualTo(pdf.length);
    }

    @Test
    void connectionFaultBeforeLeavesStateUnchangedAndFiresExactlyNTimes() throws IOException {
        FaultRule rule = portal.faults().on("POST", "/items").times(2).before().fault(Fault.EMPTY_RESPONSE);

        assertThatThrownBy(() -> createItem("a").sendRaw()).isInstanceOf(NoHttpResponseException.class);
        assertThatThrownBy(() -> createItem("b").sendRaw()).isInstanceOf(NoHttpResponseException.class);
        assertThat(portal.itemNames()).isEmpty();

        assertThat(createItem("c").sendRaw().status()).isEqualTo(201);
        assertThat(portal.itemNames()).containsExactly("c");
        assertThat(rule.fired()).isEqualTo(2);
        assertThat(rule.isSpent()).isTrue();
    }

    @Test
    void connectionFaultAfterAppliesTheRequestAndLosesTheAnswer() {
        portal.faults().on("POST", "/items").after().fault(Fault.EMPTY_RESPONSE);

        assertThatThrownBy(() -> createItem("a").sendRaw()).isInstanceOf(NoHttpResponseException.class);

        assertThat(portal.itemNames()).containsExactly("a");
    }

    @Test
    void statusBeforeAndAfter() {
        portal.faults().on("POST", "/items").before().status(503, "application/json", "{\"down\":true}");
        portal.faults().on("POST", "/items").after().status(502);

        RawHttp.Reply before = createItem("a").send();
        assertThat(before.status()).isEqualTo(503);
        assertThat(before.json().get("down").asBoolean()).isTrue();
        assertThat(portal.itemNames()).isEmpty();

        assertThat(createItem("b").send().status()).isEqualTo(502);
        assertThat(portal.itemNames()).containsExactly("b");
    }

    @Test
    void rateLimitFaultAnswers429WithRetryAfter() {
        portal.faults().on("GET", "/items/.*").rateLimited(Duration.ofSeconds(7));
        RawHttp.Reply reply = http.call("GET", "/items/1").header("Cookie", "sid=" + sid).send();
        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.header("Retry-After")).hasValue("7");
    }

    @Test
    void delayAfterAppliesAtOnceAndHoldsTheAnswer() throws IOException {
        portal.faults().on("POST", "/items").after().delay(Duration.ofMillis(1500));
        try (RawHttp impatient = new RawHttp(portal.baseUrl(), Timeout.ofMilliseconds(300))) {
            assertThatThrownBy(() -> createItem(impatient, "slow").sendRaw())
                    .isInstanceOf(SocketTimeoutException.class);
        }
        assertThat(portal.itemNames()).containsExactly("slow");
    }

    @Test
    void delayBeforeAppliesOnlyAfterTheDelay() throws IOException {
        portal.faults().on("POST", "/items").before().delay(Duration.ofMillis(1500));
        try (RawHttp impatient = new RawHttp(portal.baseUrl(), Timeout.ofMilliseconds(300))) {
            assertThatThrownBy(() -> createItem(impatient, "late").sendRaw())
                    .isInstanceOf(SocketTimeoutException.class);
            assertThat(portal.itemNames()).isEmpty();
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> portal.itemNames().contains("late"));
    }

    @Test
    void sessionExpiryInvalidatesTheCallersSession() {
        createItem("a").send();
        portal.faults().on("GET", "/items/\\d+").sessionExpiry();

        RawHttp.Reply expired = http.call("GET", "/items/1").header("Cookie", "sid=" + sid).send();
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().get("expired").asBoolean()).isTrue();

        RawHttp.Reply after = http.call("GET", "/items/1").header("Cookie", "sid=" + sid).send();
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json().get("error").asText()).isEqualTo("login");
    }

    @Test
    void sessionExpiryAfterAppliesTheWriteThenExpires() {
        portal.faults().on("POST", "/items").after().sessionExpiry();
        assertThat(createItem("a").send().status()).isEqualTo(401);
        assertThat(portal.itemNames()).containsExactly("a");
        assertThat(createItem("b").send().status()).isEqualTo(401);
        assertThat(portal.itemNames()).containsExactly("a");
    }

    @Test
    void countsRequestsPerRoutePatternIncludingStruckOnes() {
        portal.faults().on("POST", "/items").status(500);
        createItem("a").send();
        createItem("b").send();
        http.call("GET", "/items/1").header("Cookie", "sid=" + sid).send();
        http.call("GET", "/items/2").header("Cookie", "sid=" + sid).send();
        http.get("/nowhere");
        http.get("/__sim/counters");

        assertThat(portal.counters().count("POST", "/items")).isEqualTo(2);
        assertThat(portal.counters().count("GET", "/items/{id}")).isEqualTo(2);
        assertThat(portal.counters().count("GET", RequestCounters.UNMATCHED)).isEqualTo(1);
        assertThat(portal.counters().count("POST", "/login")).isEqualTo(1);
        assertThat(portal.counters().total()).isEqualTo(6);
    }

    @Test
    void rateLimitRefusesRequestsOverTheLimit() {
        portal.rateLimit().perSecond(1);
        int refused = 0;
        for (int i = 0; i < 5; i++) {
            RawHttp.Reply reply = http.get("/echo/a/and/b");
            if (reply.status() == 429) {
                refused++;
                assertThat(Long.parseLong(reply.header("Retry-After").orElseThrow())).isBetween(1L, 1L);
            }
        }
        assertThat(refused).isGreaterThanOrEqualTo(3);
    }

    @Test
    void controlsAreNeverStruckNorCounted() {
        portal.counters().reset();
        portal.faults().on("*", ".*").times(100).fault(Fault.EMPTY_RESPONSE);
        assertThat(http.get("/__sim/clock").status()).isEqualTo(200);
        assertThat(portal.counters().total()).isZero();
        assertThat(portal.faults().totalFired()).isZero();
    }

    @Test
    void duplicateNaturalKeys() {
        createItem("a").send();
        createItem("a").send();
        createItem("b").send();
        assertThat(portal.duplicateNaturalKeys()).containsExactly(java.util.Map.entry("a", 2L));
    }

    @Test
    void cannotStartTwiceAndStopsCleanly() {
        assertThatThrownBy(portal::start).isInstanceOf(IllegalStateException.class);
        portal.close();
        portal.close();
        assertThat(portal.isRunning()).isFalse();
        assertThatThrownBy(portal::port).isInstanceOf(IllegalStateException.class);
    }
}
