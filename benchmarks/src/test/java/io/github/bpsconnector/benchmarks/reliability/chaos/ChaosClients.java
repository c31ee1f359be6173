package io.github.bpsconnector.benchmarks.reliability.chaos;

import io.github.bpsconnector.core.http.HttpSettings;
import io.github.bpsconnector.core.journal.FileJournal;
import io.github.bpsconnector.core.resilience.ResilienceSettings;
import io.github.bpsconnector.core.session.CredentialsProvider;
import io.github.bpsconnector.indah.IndahClient;
import io.github.bpsconnector.indah.IndahLogin;
import io.github.bpsconnector.romantik.RomantikClient;
import io.github.bpsconnector.romantik.RomantikProfile;
import io.github.bpsconnector.testkit.SimClock;
import io.github.bpsconnector.testkit.SimulatedPortals;
import io.github.bpsconnector.testkit.indah.IndahDemoData;
import io.github.bpsconnector.testkit.indah.SimulatedIndah;
import io.github.bpsconnector.testkit.romantik.SimulatedRomantik;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The clients of the chaos run against both simulators, each with its own {@link FileJournal} in one folder: the
 * Romantik Produsen Data and Walidata, and the INDAH Walidata (password and captcha). Short timeouts, so that a
 * delay past them costs little; a circuit breaker that opens under the chaos but closes again soon. Closing them
 * and opening a new set on the same folder is a later run of the same program.
 */
final class ChaosClients implements AutoCloseable {

    /** The clients' response timeout. */
    static final Duration RESPONSE_TIMEOUT = Duration.ofMillis(1000);
    /**
     * How long after a write whose answer never arrived the clients wait before sending it again (the default:
     * twice the response timeout), on the simulated clock.
     */
    static final Duration SETTLE_TIME = RESPONSE_TIMEOUT.multipliedBy(2);
    /** The simulated day: the SKJHI 2018 example's schedule starts after it (no backdating). */
    static final Instant START = Instant.parse("2018-01-15T02:00:00Z");

    final SimulatedPortals portals;
    final FileJournal produsenJournal;
    final FileJournal walidataJournal;
    final FileJournal indahJournal;
    final RomantikClient produsen;
    final RomantikClient walidata;
    final IndahClient indah;

    ChaosClients(SimulatedPortals portals, Path folder) {
        this.portals = portals;
        SimClock clock = portals.clock();
        produsenJournal = FileJournal.open(folder.resolve("romantik-produsen-journal.jsonl"), clock.asClock());
        walidataJournal = FileJournal.open(folder.resolve("romantik-walidata-journal.jsonl"), clock.asClock());
        indahJournal = FileJournal.open(folder.resolve("indah-journal.jsonl"), clock.asClock());
        RomantikProfile profile = RomantikProfile.defaults().withBaseUrl(URI.create(romantik().baseUrl()))
                .withSso(URI.create(romantik().ssoBaseUrl()), "eksternal");
        produsen = romantik(profile, SimulatedRomantik.DEMO_PRODUSEN_EMAIL, SimulatedRomantik.DEMO_PRODUSEN_PASSWORD,
                produsenJournal, clock, folder.resolve("snapshots"));
        walidata = romantik(profile, SimulatedRomantik.DEMO_WALIDATA_EMAIL, SimulatedRomantik.DEMO_WALIDATA_PASSWORD,
                walidataJournal, clock, folder.resolve("snapshots"));
        SimulatedIndah sim = indahSim();
        indah = IndahClient.builder().apiBaseUrl(URI.create(sim.baseUrl())).httpSettings(httpSettings())
                .resilienceSettings(resilience()).journal(indahJournal).clock(clock.asClock())
                .login(IndahLogin.passwordWithCaptcha(CredentialsProvider.of(IndahDemoData.WALIDATA_USERNAME,
                        IndahDemoData.WALIDATA_PASSWORD.toCharArray()),
                        challenge -> sim.captchaAnswer(challenge.captchaId()).orElse("")))
                .build();
    }

    /** Both simulators on loopback, on the simulated day {@link #START}. */
    static SimulatedPortals startPortals() {
        SimulatedPortals portals = SimulatedPortals.builder().clock(new SimClock(START)).start();
        portals.indah().tokenLifetime(Duration.ofDays(30));
        return portals;
    }

    SimulatedRomantik romantik() {
        return portals.romantik();
    }

    SimulatedIndah indahSim() {
        return portals.indah();
    }

    private static RomantikClient romantik(RomantikProfile profile, String email, String password,
            FileJournal journal, SimClock clock, Path snapshots) {
        return RomantikClient.builder().profile(profile)
                .credentials(CredentialsProvider.of(email, password.toCharArray()))
                .httpSettings(httpSettings()).resilienceSettings(resilience()).journal(journal)
                .clock(clock.asClock()).snapshotFolder(snapshots).build();
    }

    private static HttpSettings httpSettings() {
        return HttpSettings.builder().connectTimeout(RESPONSE_TIMEOUT).responseTimeout(RESPONSE_TIMEOUT)
                .socketTimeout(RESPONSE_TIMEOUT).build();
    }

    private static ResilienceSettings resilience() {
        return ResilienceSettings.builder().backoff(Duration.ofMillis(5), 2.0, Duration.ofMillis(1500))
                .rateLimit(10_000, Duration.ofSeconds(1), Duration.ofSeconds(5))
                .circuitBreaker(5, 10, Duration.ofMillis(300), 1)
                .build();
    }

    @Override
    public void close() {
        produsen.close();
        walidata.close();
        indah.close();
        produsenJournal.close();
        walidataJournal.close();
        indahJournal.close();
    }
}
