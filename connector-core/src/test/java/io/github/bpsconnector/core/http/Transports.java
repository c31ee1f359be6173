package io.github.bpsconnector.core.http;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.bpsconnector.core.resilience.ResilienceSettings;
import java.net.URI;
import java.time.Duration;
import org.apache.hc.client5.http.protocol.HttpClientContext;

/** Transports with short timeouts and delays for tests against a local WireMock. */
final class Transports {

    private Transports() {
    }

    /** Timeouts of a few seconds: a hang fails the test fast, a busy build machine does not. */
    static HttpSettings.Builder http() {
        return HttpSettings.builder()
                .connectTimeout(Duration.ofSeconds(5))
                .socketTimeout(Duration.ofSeconds(5))
                .responseTimeout(Duration.ofSeconds(5))
                .poolLeaseTimeout(Duration.ofSeconds(5));
    }

    /** 3 attempts with 20 ms backoff and no jitter; breaker and rate limiter out of the way. */
    static ResilienceSettings.Builder resilience() {
        return ResilienceSettings.builder()
                .maxAttempts(3)
                .backoff(Duration.ofMillis(20), 2.0, Duration.ofSeconds(3))
                .jitter(0)
                .maxTotalDuration(Duration.ofSeconds(20))
                .attemptTimeout(Duration.ofSeconds(10))
                .circuitBreaker(100, 100, Duration.ofSeconds(1), 1)
                .rateLimit(1000, Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    static PortalHttpClient client() {
        return client(http().build(), resilience().build());
    }

    static PortalHttpClient client(HttpSettings http, ResilienceSettings resilience) {
        return PortalHttpClient.builder("test").httpSettings(http).resilienceSettings(resilience).build();
    }

    static URI uri(WireMockExtension wm, String path) {
        return URI.create(wm.baseUrl() + path);
    }

    static HttpClientContext session() {
        return HttpClientContext.create();
    }

    static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
