package io.github.bpsconnector.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.bpsconnector.core.http.Transports.millisSince;
import static io.github.bpsconnector.core.http.Transports.session;
import static io.github.bpsconnector.core.http.Transports.uri;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.failsafe.CircuitBreaker;
import dev.failsafe.CircuitBreakerOpenException;
import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.PortalUnavailableException;
import io.github.bpsconnector.core.error.RateLimitedException;
import io.github.bpsconnector.core.resilience.CircuitBreakerRegistry;
import io.github.bpsconnector.core.resilience.ResilienceSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CircuitBreakerAndRateLimitTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private PortalRequest page() {
        return PortalRequest.get(uri(wm, "/page")).build();
    }

    @Test
    void circuitOpensHalfOpensAndClosesSharedByClientsOfThePortal() {
        ResilienceSettings settings = Transports.resilience().maxAttempts(1)
                .circuitBreaker(2, 2, Duration.ofMillis(500), 2).build();
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.create(settings);
        wm.stubFor(get("/page").willReturn(aResponse().withStatus(503)));

        try (PortalHttpClient first = client(settings, breakers); PortalHttpClient second = client(settings, breakers)) {
            CircuitBreaker<Object> breaker = breakers.forHost("localhost:" + wm.getPort());
            catchThrowableOfType(PortalUnavailableException.class, () -> first.send(page(), session()));
            catchThrowableOfType(PortalUnavailableException.class, () -> first.send(page(), session()));
            assertThat(breaker.isOpen()).isTrue();

            // open: the other client of the same portal fails fast without a request
            PortalUnavailableException open = catchThrowableOfType(PortalUnavailableException.class,
                    () -> second.send(page(), session()));
            assertThat(open.delivery()).isEqualTo(Delivery.NOT_SENT);
            assertThat(open.getCause()).isInstanceOf(CircuitBreakerOpenException.class);
            wm.verify(2, getRequestedFor(urlEqualTo("/page")));

            // after the delay one trial call goes through; a success leaves it half-open, the second closes it
            wm.stubFor(get("/page").willReturn(aResponse().withStatus(200)));
            await().atMost(Duration.ofSeconds(3)).until(() -> breaker.getRemainingDelay().isZero());
            assertThat(second.send(page(), session()).status()).isEqualTo(200);
            assertThat(breaker.isHalfOpen()).isTrue();
            assertThat(second.send(page(), session()).status()).isEqualTo(200);
            assertThat(breaker.isClosed()).isTrue();
            wm.verify(4, getRequestedFor(urlEqualTo("/page")));
        }
    }

    @Test
    void clientErrorsDoNotOpenTheCircuit() {
        ResilienceSettings settings = Transports.resilience().circuitBreaker(1, 1, Duration.ofSeconds(5), 1).build();
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.create(settings);
        wm.stubFor(get("/page").willReturn(aResponse().withStatus(404)));

        try (PortalHttpClient client = client(settings, breakers)) {
            client.send(page(), session());
            client.send(page(), session());
            assertThat(breakers.forHost("localhost:" + wm.getPort()).isClosed()).isTrue();
        }
    }

    @Test
    void rateLimiterSpacesCalls() {
        wm.stubFor(get("/page").willReturn(aResponse().withStatus(200)));
        ResilienceSettings settings = Transports.resilience()
                .rateLimit(5, Duration.ofSeconds(1), Duration.ofSeconds(5)).build(); // one call per 200 ms

        try (PortalHttpClient client = client(settings, CircuitBreakerRegistry.create(settings))) {
            // Failsafe's smooth limiter hands out permits at the starts of 200 ms intervals: the first at once, the
            // fifth at the start of the first call's interval + 800 ms, so more than 600 ms after the first call
            // began, however slow the machine. (Timing from after the first call could see only 3 full intervals.)
            long start = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                client.send(page(), session());
            }
            assertThat(millisSince(start)).isGreaterThan(3 * 200);
        }
    }

    @Test
    void rateLimiterGivesUpAfterItsMaximumWaitWithoutSending() {
        wm.stubFor(get("/page").willReturn(aResponse().withStatus(200)));
        ResilienceSettings settings = Transports.resilience()
                .rateLimit(1, Duration.ofSeconds(10), Duration.ofMillis(100)).build();

        try (PortalHttpClient client = client(settings, CircuitBreakerRegistry.create(settings))) {
            client.send(page(), session());
            long start = System.nanoTime();
            RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
                    () -> client.send(page(), session()));

            assertThat(e.delivery()).isEqualTo(Delivery.NOT_SENT);
            assertThat(millisSince(start)).isLessThan(1000);
        }
        wm.verify(1, getRequestedFor(urlEqualTo("/page")));
    }

    private static PortalHttpClient client(ResilienceSettings settings, CircuitBreakerRegistry breakers) {
        return PortalHttpClient.builder("test").httpSettings(Transports.http().build())
                .resilienceSettings(settings).circuitBreakers(breakers).build();
    }
}
