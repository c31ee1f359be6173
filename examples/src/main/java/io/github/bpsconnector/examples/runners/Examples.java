package io.github.bpsconnector.examples.runners;

import io.github.bpsconnector.core.session.CredentialsProvider;
import io.github.bpsconnector.romantik.RomantikClient;
import io.github.bpsconnector.romantik.RomantikProfile;
import io.github.bpsconnector.testkit.romantik.SimulatedRomantik;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;

/** What the example runners share: the day, and Romantik clients for the simulator's demo accounts. */
final class Examples {

    private Examples() {
    }

    /** Today in Western Indonesian Time, the day the SOP's no-backdate rule counts from. */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Jakarta"));
    }

    /** The bundled Romantik profile pointed at the simulator (its address and its SSO). */
    static RomantikProfile profileOf(SimulatedRomantik romantik) {
        return RomantikProfile.defaults()
                .withBaseUrl(URI.create(romantik.baseUrl()))
                .withSso(URI.create(romantik.ssoBaseUrl()), "eksternal");
    }

    /** The Produsen Data of Dinas Kesehatan Kabupaten Jember on the simulated Romantik. */
    static RomantikClient produsen(SimulatedRomantik romantik) {
        return RomantikClient.builder()
                .profile(profileOf(romantik))
                .credentials(CredentialsProvider.of(SimulatedRomantik.DEMO_PRODUSEN_EMAIL,
                        SimulatedRomantik.DEMO_PRODUSEN_PASSWORD.toCharArray()))
                .build();
    }

    /** The Walidata (Diskominfo Kabupaten Jember) on the simulated Romantik. */
    static RomantikClient walidata(SimulatedRomantik romantik) {
        return RomantikClient.builder()
                .profile(profileOf(romantik))
                .credentials(CredentialsProvider.of(SimulatedRomantik.DEMO_WALIDATA_EMAIL,
                        SimulatedRomantik.DEMO_WALIDATA_PASSWORD.toCharArray()))
                .build();
    }
}
