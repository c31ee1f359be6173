package io.github.bpsconnector.workflow.runner;

import io.github.bpsconnector.indah.MetadataStatus;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.core.journal.FileJournal;
import io.github.bpsconnector.core.resilience.ResilienceSettings;
import io.github.bpsconnector.core.session.CredentialsProvider;
import io.github.bpsconnector.indah.IndahClient;
import io.github.bpsconnector.indah.IndahLogin;
import io.github.bpsconnector.indah.Producer;
import io.github.bpsconnector.indah.report.MetadataReporter;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.Planning;
import io.github.bpsconnector.testkit.SimClock;
import io.github.bpsconnector.testkit.indah.IndahDemoData;
import io.github.bpsconnector.testkit.indah.SimulatedIndah;
import io.github.bpsconnector.workflow.arsip.Arsip;
import io.github.bpsconnector.workflow.arsip.KegiatanKey;
import io.github.bpsconnector.workflow.port.IndahClientPort;
import io.github.bpsconnector.workflow.port.IndahState;
import io.github.bpsconnector.workflow.sop.SopStep;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Steps 8–12 against the simulated INDAH through the real {@link IndahClient} ({@link IndahClientPort}); Romantik
 * is the in-memory port. The Walidata's APPROVAL account reviews, the Pembina Data's account publishes (as the
 * modelled INDAH has it).
 */
class IndahSimulatorRunnerTest {

    private static final Producer DINKES = new Producer(IndahDemoData.DINKES_JEMBER,
            "Dinas Kesehatan Kabupaten Jember", "35", "3509");
    private static final ResilienceSettings FAST = ResilienceSettings.builder()
            .backoff(Duration.ofMillis(10), 2.0, Duration.ofMillis(100)).build();

    @TempDir
    Path dir;

    private final SimClock clock = new SimClock(Instant.parse("2026-03-02T02:00:00Z"));
    private final SimulatedIndah sim = new SimulatedIndah(clock, 0);
    private final FakeRomantik romantik = new FakeRomantik();
    private IndahClient walidata;
    private IndahClient pembina;
    private FileJournal journal;

    @BeforeEach
    void start() {
        sim.start();
        sim.captchaRequired(false);
        walidata = client(IndahDemoData.WALIDATA_USERNAME, IndahDemoData.WALIDATA_PASSWORD);
        pembina = client(IndahDemoData.PEMBINA_USERNAME, IndahDemoData.PEMBINA_PASSWORD);
        journal = FileJournal.open(dir.resolve("journal.jsonl"), clock.asClock());
    }

    @AfterEach
    void stop() {
        journal.close();
        walidata.close();
        pembina.close();
        sim.close();
    }

    private IndahClient client(String user, String password) {
        return IndahClient.builder().apiBaseUrl(URI.create(sim.baseUrl())).resilienceSettings(FAST)
                .login(IndahLogin.password(CredentialsProvider.of(user, password.toCharArray()))).build();
    }

    private SopRunner runner(IndahClient indah, boolean publisher) throws IOException {
        IndahClientPort port = new IndahClientPort(indah, reporter(indah), key -> DINKES, publisher);
        return SopRunner.builder(romantik, port, journal, Arsip.builder(dir.resolve("arsip"))
                .clock(clock.asClock()).build(), dir.resolve("work")).walidata(romantik).clock(clock.asClock())
                .build();
    }

    @Test
    void reportsOnIndahFollowsTheCorrectionAndPublishes() throws IOException {
        Kegiatan kegiatan = RunnerFixture.kegiatan(dir, "Penilaian responden atas layanan");
        SopRunner asWalidata = runner(walidata, false);
        asWalidata.advance(kegiatan);
        romantik.recommend();

        StepOutcome reported = asWalidata.advance(kegiatan);

        assertThat(numbers(reported.stepsDone())).as(reported.message()).containsExactly(6, 7, 8, 9);
        assertThat(reported.step().number()).isEqualTo(10);
        long msKegId = reported.kegiatanCase().documents().msKegId();
        assertThat(sim.record(msKegId).orElseThrow().status().name()).isEqualTo("SUBMITTED");
        assertThat(reported.kegiatanCase().documents().msVarIds()).hasSize(1);
        assertThat(reported.kegiatanCase().documents().msIndIds()).hasSize(1);

        sim.asWalidata().startReview(msKegId);
        sim.asWalidata().requestCorrection(msKegId, "Definisi variabel belum sesuai SDS");
        StepOutcome returned = asWalidata.advance(kegiatan);
        assertThat(returned.kind()).isEqualTo(StepOutcome.Kind.RETURNED);
        assertThat(returned.step().number()).isEqualTo(9);
        assertThat(returned.catatan()).get().extracting(n -> n.note()).isEqualTo("Definisi variabel belum sesuai SDS");

        // the correction was asked on the MS-Keg; its MS-Var and MS-Ind stay submitted and unchanged
        MetadataPackage sent = kegiatan.metadata();
        StepOutcome again = asWalidata.advance(kegiatan.withMetadata(sent.toBuilder().activity(sent.activity()
                .toBuilder().planning(Planning.builder().objective("Mengukur indeks kepuasan masyarakat per layanan.")
                        .build()).build()).build()));
        assertThat(numbers(again.stepsDone())).as(again.message()).containsExactly(9);
        assertThat(sim.record(msKegId).orElseThrow().status().name()).isEqualTo("REVISED");

        sim.asWalidata().startReview(msKegId);
        sim.asWalidata().approve(msKegId);
        StepOutcome awaitingPublication = asWalidata.advance(kegiatan);
        assertThat(awaitingPublication.kind()).isEqualTo(StepOutcome.Kind.WAITING);
        assertThat(awaitingPublication.step().number()).isEqualTo(11);

        StepOutcome published = runner(pembina, true).advance(kegiatan);
        assertThat(published.kind()).isEqualTo(StepOutcome.Kind.FINISHED);
        assertThat(sim.record(msKegId).orElseThrow().status().name()).isEqualTo("PUBLISHED");
        assertThat(sim.duplicateNaturalKeys()).isEmpty();
        assertThat(sim.countKegiatan(RunnerFixture.TITLE, 2026, IndahDemoData.DINKES_JEMBER)).isEqualTo(1);
    }

    @Test
    void theAdapterFindsNothingBeforeTheReport() {
        IndahClientPort port = new IndahClientPort(walidata, reporter(walidata), key -> DINKES, false);
        List<IndahState> found = port.find(new KegiatanKey(RunnerFixture.TITLE, 2026, RunnerFixture.INSTANSI))
                .stream().toList();
        assertThat(found).isEmpty();
        assertThat(port.canPublish()).isFalse();
        assertThat(MetadataStatus.valueOf("PUBLISHED")).isEqualTo(MetadataStatus.PUBLISHED);
    }

    /**
     * The reporter with INDAH's structural checks only: the runner's test package is deliberately small, and the
     * rules of Perban 5/2020 are connector-metadata's and connector-indah's tested concern.
     */
    private MetadataReporter reporter(IndahClient indah) {
        return MetadataReporter.builder(indah).journal(journal).submit(true).validator(pkg -> List.of()).build();
    }

    private static List<Integer> numbers(List<SopStep> steps) {
        return steps.stream().map(SopStep::number).toList();
    }
}
