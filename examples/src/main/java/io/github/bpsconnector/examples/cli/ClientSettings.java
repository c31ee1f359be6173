package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.core.resilience.ResilienceSettings;
import io.github.bpsconnector.examples.config.ConnectorConfig;

import java.time.Duration;

/** The transport settings every portal client of the command line gets from the configuration. */
final class ClientSettings {

    private ClientSettings() {
    }

    /** The defaults of connector-core, paced at the configuration's {@code requests.per.second}. */
    static ResilienceSettings resilience(ConnectorConfig config) {
        return ResilienceSettings.defaults().toBuilder()
                .rateLimit(config.requestsPerSecond(), Duration.ofSeconds(1), Duration.ofSeconds(30))
                .build();
    }
}
