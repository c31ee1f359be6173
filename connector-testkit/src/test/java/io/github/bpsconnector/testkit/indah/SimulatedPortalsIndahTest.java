package io.github.bpsconnector.testkit.indah;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.testkit.RawHttp;
import io.github.bpsconnector.testkit.SimClock;
import io.github.bpsconnector.testkit.SimulatedPortals;
import io.github.bpsconnector.testkit.WithSimulatedPortals;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The factory and the JUnit extension start INDAH by default and hand it over. */
@WithSimulatedPortals
class SimulatedPortalsIndahTest {

    @Test
    void extensionInjectsAFreshIndahSharingTheClock(SimulatedIndah indah, SimClock clock, SimulatedPortals portals)
            throws IOException {
        assertThat(indah).isSameAs(portals.indah());
        assertThat(indah.clock()).isSameAs(clock);
        assertThat(indah.records()).isEmpty();
        try (RawHttp http = new RawHttp(indah.baseUrl())) {
            String token = indah.issueToken(IndahDemoData.WALIDATA_USERNAME);
            clock.advance(Duration.ofHours(9));
            assertThat(http.call("GET", "/api/account").bearer(token).send().status()).isEqualTo(401);
        }
    }

    @Test
    void factoryTakesIndahOptionsAndPort() {
        try (SimulatedPortals portals = SimulatedPortals.builder()
                .indah(options -> options.captchaRequired(false).tokenLifetime(Duration.ofMinutes(10))
                        .seedDemoData(false))
                .start()) {
            SimulatedIndah indah = portals.indah();
            assertThat(indah.captchaRequired()).isFalse();
            assertThat(indah.tokenLifetime()).isEqualTo(Duration.ofMinutes(10));
            assertThat(indah.accounts()).isEmpty();
            assertThat(portals.all()).containsExactly(indah, portals.romantik());
        }
    }
}
