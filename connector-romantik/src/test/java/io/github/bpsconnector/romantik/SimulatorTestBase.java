package io.github.bpsconnector.romantik;

import io.github.bpsconnector.core.resilience.ResilienceSettings;
import io.github.bpsconnector.core.session.CredentialsProvider;
import io.github.bpsconnector.testkit.SimClock;
import io.github.bpsconnector.testkit.romantik.SimulatedRomantik;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh simulated Romantik per test and clients for its demo accounts. */
abstract class SimulatorTestBase {

    static final String PRODUSEN = SimulatedRomantik.DEMO_PRODUSEN_EMAIL;
    static final String WALIDATA = SimulatedRomantik.DEMO_WALIDATA_EMAIL;
    static final List<String> CATATAN = List.of("Cantumkan identitas rekomendasi pada kuesioner.",
            "Gunakan konsep dan definisi baku.", "Laporkan metadata kegiatan ke INDAH.");

    final SimClock clock = new SimClock(Instant.parse("2026-03-05T02:00:00Z"));
    SimulatedRomantik romantik;
    final List<RomantikClient> clients = new ArrayList<>();

    @TempDir
    Path folder;

    @BeforeEach
    void startRomantik() {
        romantik = new SimulatedRomantik(clock, 0);
        romantik.start();
    }

    @AfterEach
    void stopRomantik() {
        clients.forEach(RomantikClient::close);
        romantik.close();
    }

    LocalDate today() {
        return clock.today();
    }

    RomantikProfile profile() {
        return RomantikProfile.defaults().withBaseUrl(URI.create(romantik.baseUrl()))
                .withSso(URI.create(romantik.ssoBaseUrl()), "eksternal");
    }

    RomantikClient.Builder builder(String email, String password) {
        return RomantikClient.builder().profile(profile())
                .credentials(CredentialsProvider.of(email, password.toCharArray()))
                .resilienceSettings(fastRetries()).clock(clock.asClock()).snapshotFolder(folder.resolve("snapshots"));
    }

    RomantikClient produsen() {
        return track(builder(PRODUSEN, SimulatedRomantik.DEMO_PRODUSEN_PASSWORD).build());
    }

    RomantikClient walidataClient() {
        return track(builder(WALIDATA, SimulatedRomantik.DEMO_WALIDATA_PASSWORD).build());
    }

    RomantikClient track(RomantikClient client) {
        clients.add(client);
        return client;
    }

    static ResilienceSettings fastRetries() {
        return ResilienceSettings.builder().backoff(Duration.ofMillis(10), 2.0, Duration.ofMillis(50))
                .rateLimit(1000, Duration.ofSeconds(1), Duration.ofSeconds(5)).build();
    }

    /** A small real PDF header file. */
    Path pdf(String name) {
        Path file = folder.resolve(name);
        try {
            Files.writeString(file, "%PDF-1.4\n% " + name + "\n%%EOF\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    SupportingFiles kakAndKuesioner() {
        return SupportingFiles.of(BerkasKind.KAK, pdf("kak.pdf")).with(BerkasKind.KUESIONER, pdf("kuesioner.pdf"));
    }
}
