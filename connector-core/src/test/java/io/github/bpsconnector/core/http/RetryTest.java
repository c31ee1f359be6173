package io.github.bpsconnector.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.bpsconnector.core.http.Transports.millisSince;
import static io.github.bpsconnector.core.http.Transports.session;
import static io.github.bpsconnector.core.http.Transports.uri;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.PortalUnavailableException;
import io.github.bpsconnector.core.error.RateLimitedException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Safe requests are retried on 429/502/503/504, waiting the portal's Retry-After. */
class RetryTest extends PortalTransportTest {

    private void answerFirstThenOk(int status, String retryAfter) {
        var first = aResponse().withStatus(status);
        if (retryAfter != null) {
            first = first.withHeader("Retry-After", retryAfter);
        }
        wm.stubFor(get("/page").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first).willSetStateTo("recovered"));
        wm.stubFor(get("/page").inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    @Test
    void getAnswered503ThenOkIsRetried() {
        answerFirstThenOk(503, null);

        PortalResponse response = client.send(PortalRequest.get(uri(wm, "/page")).build(), session());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).isEqualTo("ok");
        wm.verify(2, getRequestedFor(urlEqualTo("/page")));
    }

    @Test
    void getAnswered429WaitsTheRetryAfterSeconds() {
        answerFirstThenOk(429, "1");

        long start = System.nanoTime();
        PortalResponse response = client.send(PortalRequest.get(uri(wm, "/page")).build(), session());

        assertThat(response.status()).isEqualTo(200);
        assertThat(millisSince(start)).isGreaterThanOrEqualTo(1000);
        wm.verify(2, getRequestedFor(urlEqualTo("/page")));
    }

    @Test
    void retryAfterAsHttpDateIsHonoured() {
        // The retry must not be sent before the date the portal named. Checking against that instant, rather than
        // against a measured wait, stays true however slow the machine is between here and the first answer.
        Instant notBefore = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        answerFirstThenOk(503, DateTimeFormatter.RFC_1123_DATE_TIME.format(notBefore.atOffset(ZoneOffset.UTC)));

        PortalResponse response = client.send(PortalRequest.get(uri(wm, "/page")).build(), session());

        assertThat(response.status()).isEqualTo(200);
        assertThat(Instant.now()).isAfterOrEqualTo(notBefore.minusMillis(20));
    }

    @Test
    void retryAfterLongerThanTheCapEndsTheRetriesAtOnce() {
        wm.stubFor(get("/page").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

        long start = System.nanoTime();
        RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
                () -> client.send(PortalRequest.get(uri(wm, "/page")).build(), session()));

        assertThat(e.retryAfter()).contains(Duration.ofHours(1));
        assertThat(e.delivery()).isEqualTo(Delivery.REJECTED);
        assertThat(e.httpStatus()).isEqualTo(429);
        assertThat(millisSince(start)).isLessThan(1000);
        wm.verify(1, getRequestedFor(urlEqualTo("/page")));
    }

    @Test
    void persistent503EndsAsPortalUnavailableAfterMaxAttempts() {
        wm.stubFor(get("/page").willReturn(aResponse().withStatus(503).withHeader("X-Request-Id", "req-42")));

        PortalUnavailableException e = catchThrowableOfType(PortalUnavailableException.class,
                () -> client.send(PortalRequest.get(uri(wm, "/page")).operation("halaman.baca").build(), session()));

        assertThat(e.httpStatus()).isEqualTo(503);
        assertThat(e.delivery()).isEqualTo(Delivery.REJECTED);
        assertThat(e.operation()).isEqualTo("halaman.baca");
        assertThat(e.correlationId()).isEqualTo("req-42");
        assertThat(e.getMessage()).contains("3 attempts");
        wm.verify(3, getRequestedFor(urlEqualTo("/page")));
    }

    @Test
    void persistent429EndsAsRateLimitedWithTheRetryAfter() {
        wm.stubFor(get("/page").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));

        RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
                () -> client.send(PortalRequest.get(uri(wm, "/page")).build(), session()));

        assertThat(e.retryAfter()).contains(Duration.ZERO);
        wm.verify(3, getRequestedFor(urlEqualTo("/page")));
    }

    @Test
    void status500IsNotRetriedButReported() {
        wm.stubFor(get("/page").willReturn(aResponse().withStatus(500)));

        PortalUnavailableException e = catchThrowableOfType(PortalUnavailableException.class,
                () -> client.send(PortalRequest.get(uri(wm, "/page")).build(), session()));

        assertThat(e.httpStatus()).isEqualTo(500);
        wm.verify(1, getRequestedFor(urlEqualTo("/page")));
    }

    @Test
    void clientErrorsAreReturnedForThePortalModuleToInterpret() {
        wm.stubFor(get("/page").willReturn(aResponse().withStatus(422).withBody("{\"errors\":{}}")));

        PortalResponse response = client.send(PortalRequest.get(uri(wm, "/page")).build(), session());

        assertThat(response.status()).isEqualTo(422);
        wm.verify(1, getRequestedFor(urlEqualTo("/page")));
    }
}
