package io.github.bpsconnector.workflow.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.bpsconnector.core.error.PortalException;
import io.github.bpsconnector.testkit.FaultRule;
import io.github.bpsconnector.testkit.SimulatedPortal;
import io.github.bpsconnector.testkit.indah.IndahRecord;
import io.github.bpsconnector.testkit.indah.MetadataStatus;
import io.github.bpsconnector.testkit.sample.SamplePackages;
import io.github.bpsconnector.workflow.arsip.KegiatanKey;
import io.github.bpsconnector.workflow.sop.Actor;
import io.github.bpsconnector.workflow.sop.SopStep;
import io.github.bpsconnector.workflow.tracking.CaseState;
import io.github.bpsconnector.workflow.tracking.KegiatanCase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A crash after each step the library does, against both simulators: the step's effect reached the portal (or the
 * arsip) and the process died before the runner journaled it. A new process (new clients, ports and runner on the
 * same journal file and arsip) takes the kegiatan to the end, and both portals received exactly the writes of a run
 * without a crash. Likewise when the simulator applies a write and drops its answer.
 */
class SimulatedCrashResumeTest {

    private static Map<String, Long> cleanRunWrites;

    @TempDir
    Path dir;

    @BeforeAll
    static void runOnceWithoutACrash(@TempDir Path clean) throws IOException {
        try (SimulatedSop sop = new SimulatedSop(clean, Journals.FILE)) {
            Run run = new Run(sop, RunnerListener.NONE);
            assertThat(run.toTheEnd().state()).isEqualTo(CaseState.FINISHED);
            assertThat(run.crashes).isZero();
            cleanRunWrites = writes(sop);
        }
        assertThat(cleanRunWrites.keySet()).as("writes reached both portals")
                .anyMatch(route -> route.startsWith("romantik POST")).anyMatch(route -> route.startsWith("indah POST"));
    }

    @ParameterizedTest(name = "crash after step {0}")
    @ValueSource(ints = {1, 2, 3, 6, 7, 8, 9, 11})
    void aNewProcessFinishesTheKegiatanAndNoWriteIsDoneTwice(int step) throws IOException {
        try (SimulatedSop sop = new SimulatedSop(dir, Journals.FILE)) {
            Run run = new Run(sop, new CrashAfter(step));

            var done = run.toTheEnd();

            assertThat(run.crashes).as("crashed once, after step " + step).isEqualTo(1);
            assertThat(done.state()).isEqualTo(CaseState.FINISHED);
            assertThat(writes(sop)).isEqualTo(cleanRunWrites);
            assertThat(sop.romantik().romantikCounters().pengajuanCreated()).isEqualTo(1);
            assertThat(sop.romantik().romantikCounters().kirim()).isEqualTo(1);
            assertThat(done.catatan()).as("the Walidata decided on Romantik once")
                    .filteredOn(n -> n.reviewer() == Actor.WALIDATA && n.decision().equals("Disetujui")).hasSize(1);
            assertThat(sop.indah().duplicateNaturalKeys()).isEmpty();
            long msKegId = done.documents().msKegId();
            assertThat(sop.indah().records()).filteredOn(r -> r.id() == msKegId
                    || r.parent().filter(p -> p == msKegId).isPresent()).hasSize(3)
                    .extracting(IndahRecord::status).containsOnly(MetadataStatus.PUBLISHED);
            assertThat(sop.journal().openIntents()).isEmpty();
            assertThat(sop.arsip().verify(run.key()).intact()).isTrue();
        }
    }

    @ParameterizedTest(name = "crash after step {0}, resumed knowing only the key")
    @ValueSource(ints = {1, 2, 6})
    void aNewRunnerKnowingOnlyTheKeyFinishesTheKegiatanWithTheInputsInTheArsip(int step) throws IOException {
        try (SimulatedSop sop = new SimulatedSop(dir, Journals.FILE)) {
            Run run = new Run(sop, new CrashAfter(step)).resumingByKey();

            KegiatanCase done = run.toTheEnd();

            assertThat(run.crashes).isEqualTo(1);
            assertThat(run.resumes).as("every round after the crash went through resume(key)").isPositive();
            assertThat(done.state()).isEqualTo(CaseState.FINISHED);
            assertThat(writes(sop)).isEqualTo(cleanRunWrites);
            assertThat(sop.romantik().romantikCounters().pengajuanCreated()).isEqualTo(1);
            assertThat(sop.journal().openIntents()).isEmpty();
            assertThat(sop.arsip().verify(run.key()).intact()).isTrue();
        }
    }

    @ParameterizedTest(name = "answer lost: {0} {1} {2}")
    @CsvSource({
        "romantik, POST, /pengajuan",
        "romantik, POST, /pengajuan/[0-9]+/kirim",
        "romantik, POST, /pengajuan/[0-9]+/komitmen",
        "indah, POST, /sdi/v2/metadata-statistik/kegiatan",
        "indah, POST, /sdi/v2/metadata-statistik/variabel",
        "indah, PUT, /sdi/v2/metadata-statistik/kegiatan/[0-9]+"})
    void aWriteWhoseAnswerIsLostIsNotDoneTwice(String portal, String method, String path) throws IOException {
        try (SimulatedSop sop = new SimulatedSop(dir, Journals.FILE)) {
            SimulatedPortal target = portal.equals("romantik") ? sop.romantik() : sop.indah();
            FaultRule lost = target.faults().on(method, path).after().fault(Fault.CONNECTION_RESET_BY_PEER);
            Run run = new Run(sop, RunnerListener.NONE);

            KegiatanCase done = run.toTheEnd();

            assertThat(lost.fired()).as("the write was applied and its answer lost").isEqualTo(1);
            assertThat(done.state()).isEqualTo(CaseState.FINISHED);
            assertThat(writes(sop)).isEqualTo(cleanRunWrites);
            assertThat(sop.journal().openIntents()).isEmpty();
        }
    }

    /** The requests that change something on either portal (logins aside), by route. */
    private static Map<String, Long> writes(SimulatedSop sop) {
        Map<String, Long> writes = new TreeMap<>();
        for (SimulatedPortal portal : sop.portals.all()) {
            portal.counters().snapshot().forEach((route, count) -> {
                if (!route.startsWith("GET ") && !route.contains("login") && !route.contains("authenticate")
                        && !route.contains("sso")) {
                    writes.put(portal.name() + " " + route, count);
                }
            });
        }
        return writes;
    }

    /** What a process hits when it dies: not an exception anyone handles. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash(SopStep step) {
            super("simulated crash after the action of step " + step.number());
        }
    }

    /** Crashes the process once, after the action of one step and before its outcome is journaled. */
    private static final class CrashAfter implements RunnerListener {
        private final int step;
        private boolean crashed;

        CrashAfter(int step) {
            this.step = step;
        }

        @Override
        public void actionDone(KegiatanKey kegiatan, SopStep done) {
            if (done.number() == step && !crashed) {
                crashed = true;
                throw new SimulatedCrash(done);
            }
        }
    }

    /**
     * Plays every actor until the kegiatan is finished: the library's runners (the Walidata's; the Pembina Data's
     * account for publishing on the modelled INDAH) and the simulators' reviewers for steps 4, 5 and 10. After a
     * crash, the next round runs in a new process.
     */
    private static final class Run {
        private final SimulatedSop sop;
        private final RunnerListener listener;
        private final Kegiatan kegiatan;
        private boolean byKeyAfterACrash;
        int crashes;
        int resumes;

        Run(SimulatedSop sop, RunnerListener listener) {
            this.sop = sop;
            this.listener = listener;
            this.kegiatan = sop.kegiatan(SamplePackages.DINKES);
        }

        /** After a crash, the new process's runners know only the kegiatan's key ({@link SopRunner#resume}). */
        Run resumingByKey() {
            byKeyAfterACrash = true;
            return this;
        }

        KegiatanKey key() {
            return kegiatan.key();
        }

        KegiatanCase toTheEnd() {
            boolean publish = false;
            for (int round = 0; round < 12; round++) {
                StepOutcome outcome;
                try {
                    SopRunner runner = publish ? sop.publisher(listener) : sop.walidata(listener);
                    if (byKeyAfterACrash && crashes > 0) {
                        resumes++;
                        outcome = runner.resume(kegiatan.key());
                    } else {
                        outcome = runner.advance(kegiatan);
                    }
                } catch (SimulatedCrash crash) {
                    crashes++;
                    sop.restart();
                    continue;
                }
                switch (outcome.kind()) {
                    case FINISHED -> {
                        return outcome.kegiatanCase();
                    }
                    case WAITING -> publish = review(outcome);
                    case FAILED -> {
                        // a portal failure the clients could not settle: the next run resumes
                        assertThat(outcome.failure()).as(outcome.message()).get()
                                .isInstanceOf(PortalException.class);
                    }
                    default -> fail("unexpected " + outcome.kind() + ": " + outcome.message(),
                            outcome.failure().orElse(null));
                }
            }
            return fail("not finished after 12 rounds");
        }

        /** The simulators' reviewers act; says whether the next round is the publisher's. */
        private boolean review(StepOutcome waiting) {
            sop.workingDaysLater(1);
            switch (waiting.step().number()) {
                case 4 -> sop.romantik().reviewer().asPembinaData().recommend(
                        waiting.kegiatanCase().documents().pengajuanId(), SimulatedSop.CATATAN_REKOMENDASI);
                case 10 -> sop.approveOnIndah(waiting.kegiatanCase().documents().msKegId());
                case 11 -> {
                    return true;
                }
                default -> fail("waiting at step " + waiting.step().number() + ": " + waiting.message());
            }
            return false;
        }
    }
}
