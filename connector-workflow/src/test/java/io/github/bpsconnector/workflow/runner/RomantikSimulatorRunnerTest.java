package io.github.bpsconnector.workflow.runner;

import io.github.bpsconnector.romantik.PengajuanStatus;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.core.journal.FileJournal;
import io.github.bpsconnector.core.resilience.ResilienceSettings;
import io.github.bpsconnector.core.session.CredentialsProvider;
import io.github.bpsconnector.romantik.LocalCheckException;
import io.github.bpsconnector.romantik.RomantikClient;
import io.github.bpsconnector.romantik.RomantikProfile;
import io.github.bpsconnector.testkit.SimClock;
import io.github.bpsconnector.testkit.romantik.SimulatedRomantik;
import io.github.bpsconnector.workflow.arsip.Arsip;
import io.github.bpsconnector.workflow.port.RomantikClientPort;
import io.github.bpsconnector.workflow.sop.SopStep;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Steps 1 and 2 against the simulated Romantik through the real {@link RomantikClient} ({@link RomantikClientPort}). */
class RomantikSimulatorRunnerTest {

    @TempDir
    Path dir;

    private final SimClock clock = new SimClock(Instant.parse("2026-03-05T02:00:00Z"));
    private final SimulatedRomantik sim = new SimulatedRomantik(clock, 0);
    private RomantikClient produsen;
    private FileJournal journal;

    @BeforeEach
    void start() {
        sim.start();
        RomantikProfile profile = RomantikProfile.defaults().withBaseUrl(URI.create(sim.baseUrl()))
                .withSso(URI.create(sim.ssoBaseUrl()), "eksternal");
        journal = FileJournal.open(dir.resolve("journal.jsonl"), clock.asClock());
        produsen = RomantikClient.builder().profile(profile)
                .credentials(CredentialsProvider.of(SimulatedRomantik.DEMO_PRODUSEN_EMAIL,
                        SimulatedRomantik.DEMO_PRODUSEN_PASSWORD.toCharArray()))
                .resilienceSettings(ResilienceSettings.builder()
                        .backoff(Duration.ofMillis(10), 2.0, Duration.ofMillis(100)).build())
                .journal(journal).clock(clock.asClock()).build();
    }

    @AfterEach
    void stop() {
        produsen.close();
        journal.close();
        sim.close();
    }

    private SopRunner runner() throws IOException {
        return SopRunner.builder(new RomantikClientPort(produsen), new FakeIndah(), journal,
                Arsip.builder(dir.resolve("arsip")).clock(clock.asClock()).build(), dir.resolve("work"))
                .clock(clock.asClock()).build();
    }

    @Test
    void stepOneCreatesTheDraftOnceAndAnIncompletePackageIsNotSent() throws IOException {
        Kegiatan kegiatan = RunnerFixture.kegiatan(dir, "Penilaian responden atas layanan");

        StepOutcome first = runner().advance(kegiatan);

        assertThat(first.stepsDone()).extracting(SopStep::number).containsExactly(1);
        assertThat(first.kind()).isEqualTo(StepOutcome.Kind.FAILED);
        assertThat(first.step().number()).isEqualTo(2);
        assertThat(first.failure()).get().isInstanceOf(LocalCheckException.class);
        assertThat(new RomantikClientPort(produsen).find(RunnerFixture.TITLE, 2026)).get()
                .satisfies(p -> assertThat(p.stage()).isEqualTo(PengajuanStatus.DRAFT));

        StepOutcome again = runner().advance(kegiatan);

        assertThat(again.kind()).isEqualTo(StepOutcome.Kind.FAILED);
        assertThat(again.stepsDone()).isEmpty();
        assertThat(sim.romantikCounters().pengajuanCreated()).isEqualTo(1);
        assertThat(sim.romantikCounters().kirim()).isZero();
    }
}
