package io.github.bpsconnector.benchmarks.scene;

import io.github.bpsconnector.core.http.HttpSettings;
import io.github.bpsconnector.core.resilience.ResilienceSettings;
import java.time.Duration;

/** Client settings for simulators on loopback. */
public final class Loopback {

    /**
     * The defaults with the transport's pacing for the live portals (a few requests a second per client) raised out of
     * the way: on loopback it would be all that is measured. Retries, timeouts and the circuit breaker stay as they are.
     */
    public static final ResilienceSettings SETTINGS = ResilienceSettings.defaults().toBuilder()
            .rateLimit(100_000, Duration.ofSeconds(1), Duration.ofSeconds(5)).build();

    /**
     * The defaults with room for 8 connections to one host: the default of 4 would cap a reporter asked for a
     * concurrency of 8 at 4 requests at once.
     */
    public static final HttpSettings HTTP = HttpSettings.defaults().toBuilder().poolMaxPerRoute(8).build();

    private Loopback() {
    }
}
