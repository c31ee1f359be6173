package io.github.bpsconnector.core.session;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.cookie.BasicClientCookie;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SessionTest {

    @RegisterExtension
    static WireMockExtension portal = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    private static int send(CloseableHttpClient client, String path, Session session) throws IOException {
        return client.execute(new HttpGet(portal.baseUrl() + path), session.newHttpContext(),
                response -> response.getCode());
    }

    @Test
    void cookiesThePortalSetsLandInTheSessionAndGoBackWithTheNextRequest() throws IOException {
        portal.stubFor(get("/login").willReturn(aResponse().withStatus(200)
                .withHeader("Set-Cookie", "PHPSESSID=cookie-value-123; Path=/; HttpOnly")));
        portal.stubFor(get("/dashboard").willReturn(aResponse().withStatus(200)));
        Session session = new Session();

        try (CloseableHttpClient client = HttpClients.custom().disableAutomaticRetries().build()) {
            send(client, "/login", session);
            send(client, "/dashboard", session);
        }

        assertThat(session.cookieValue("PHPSESSID")).contains("cookie-value-123");
        portal.verify(getRequestedFor(urlEqualTo("/dashboard"))
                .withHeader("Cookie", equalTo("PHPSESSID=cookie-value-123")));
    }

    @Test
    void eachRequestGetsItsOwnContextOnTheSameCookieStoreAndMarksTheSessionUsed() {
        MutableClock clock = new MutableClock(T0);
        Session session = new Session(clock);
        clock.advance(Duration.ofMinutes(5));

        HttpClientContext first = session.newHttpContext();
        HttpClientContext second = session.newHttpContext();

        assertThat(first).isNotSameAs(second);
        assertThat(first.getCookieStore()).isSameAs(session.cookieStore()).isSameAs(second.getCookieStore());
        assertThat(session.createdAt()).isEqualTo(T0);
        assertThat(session.lastUsedAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
    }

    @Test
    void toStringShowsNoCookieValueTokenOrCsrfValue() {
        Session session = new Session();
        session.addCookie(cookie("PHPSESSID", "cookie-secret-value"));
        session.setBearerToken("eyJhbGciOiJIUzI1NiJ9.bearer-secret");
        session.setCsrfToken("csrf-secret-value");

        String text = session.toString();

        assertThat(text).contains("PHPSESSID@portal.test").contains("bearerToken=present")
                .contains("csrfToken=present")
                .doesNotContain("cookie-secret-value").doesNotContain("bearer-secret")
                .doesNotContain("csrf-secret-value");
    }

    @Test
    void clearForgetsEveryCookieAndToken() {
        Session session = new Session();
        session.addCookie(cookie("PHPSESSID", "v"));
        session.setBearerToken("t");
        session.setCsrfToken("c");
        assertThat(session.isEmpty()).isFalse();

        session.clear();

        assertThat(session.isEmpty()).isTrue();
        assertThat(session.cookies()).isEmpty();
        assertThat(session.bearerToken()).isEmpty();
        assertThat(session.csrfToken()).isEmpty();
        assertThat(session.toString()).contains("bearerToken=absent");
    }

    @Test
    void manyThreadsCanAddCookiesAtOnce() throws InterruptedException {
        Session session = new Session();
        int threads = 8;
        int perThread = 100;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread worker = new Thread(() -> {
                awaitQuietly(start);
                for (int i = 0; i < perThread; i++) {
                    session.addCookie(cookie("c" + id + "_" + i, "v"));
                    session.newHttpContext();
                }
            });
            worker.start();
            workers.add(worker);
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }

        assertThat(session.cookies()).hasSize(threads * perThread);
    }

    static BasicClientCookie cookie(String name, String value) {
        BasicClientCookie cookie = new BasicClientCookie(name, value);
        cookie.setDomain("portal.test");
        cookie.setPath("/");
        return cookie;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
