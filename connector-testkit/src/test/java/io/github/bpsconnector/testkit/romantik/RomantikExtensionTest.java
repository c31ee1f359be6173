package io.github.bpsconnector.testkit.romantik;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.testkit.SimClock;
import io.github.bpsconnector.testkit.SimulatedPortals;
import io.github.bpsconnector.testkit.WithSimulatedPortals;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The simulated Romantik is a built-in portal: the JUnit extension injects it, with the shared clock. */
@WithSimulatedPortals
class RomantikExtensionTest {

    @Test
    void theExtensionInjectsARunningRomantikWithTheDemoAccounts(SimulatedRomantik romantik, SimulatedPortals portals,
            SimClock clock) throws IOException {
        assertThat(romantik.isRunning()).isTrue();
        assertThat(portals.romantik()).isSameAs(romantik);
        assertThat(romantik.clock()).isSameAs(clock);
        assertThat(romantik.summaryLines()).anyMatch(line -> line.contains(SimulatedRomantik.DEMO_WALIDATA_EMAIL));

        try (Browser browser = new Browser(romantik.baseUrl())) {
            browser.loginSso(SimulatedRomantik.DEMO_PRODUSEN_EMAIL, SimulatedRomantik.DEMO_PRODUSEN_PASSWORD);
            assertThat(browser.get("/beranda").status()).isEqualTo(200);
            clock.advance(Duration.ofHours(3));
            assertThat(browser.get("/beranda").status()).as("the shared clock expires the session").isEqualTo(302);
        }
    }
}
