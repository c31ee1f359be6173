package io.github.bpsconnector.examples.sample;

import io.github.bpsconnector.core.resilience.ResilienceSettings;
import io.github.bpsconnector.core.session.CredentialsProvider;
import io.github.bpsconnector.romantik.RomantikClient;
import io.github.bpsconnector.romantik.RomantikProfile;
import io.github.bpsconnector.testkit.romantik.SimulatedRomantik;

import java.net.URI;
import java.time.Duration;

/** Clients pointed at the embedded simulators, as the demo and the example runners use them. */
public final class SimulatorClients {

    /**
     * The simulators run on loopback in this process: the transport's default pace for the live portals (4 requests
     * a second per client) would only slow the examples down.
     */
    public static final ResilienceSettings LOOPBACK = ResilienceSettings.defaults().toBuilder()
            .rateLimit(1000, Duration.ofSeconds(1), Duration.ofSeconds(30)).build();

    private SimulatorClients() {
    }

    /** The bundled Romantik profile pointed at the simulator (its address and its SSO). */
    public static RomantikProfile profileOf(SimulatedRomantik romantik) {
        return RomantikProfile.defaults()
                .withBaseUrl(URI.create(romantik.baseUrl()))
                .withSso(URI.create(romantik.ssoBaseUrl()), "eksternal");
    }

    /** A Romantik client builder for the simulator's account {@code email}; add a clock or journal and build. */
    public static RomantikClient.Builder romantik(SimulatedRomantik romantik, String email, String password) {
        return RomantikClient.builder()
                .profile(profileOf(romantik))
                .credentials(CredentialsProvider.of(email, password.toCharArray()))
                .resilienceSettings(LOOPBACK);
    }
}
