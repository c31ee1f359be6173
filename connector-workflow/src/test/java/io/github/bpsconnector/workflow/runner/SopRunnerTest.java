package io.github.bpsconnector.workflow.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpsconnector.core.journal.FileJournal;
import io.github.bpsconnector.core.journal.Journal;
import io.github.bpsconnector.metadata.AttachmentKind;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.json.MetadataJson;
import io.github.bpsconnector.testkit.SimClock;
import io.github.bpsconnector.workflow.arsip.Arsip;
import io.github.bpsconnector.workflow.arsip.ArsipEntry;
import io.github.bpsconnector.workflow.arsip.DocumentKind;
import io.github.bpsconnector.workflow.arsip.KegiatanKey;
import io.github.bpsconnector.workflow.sop.Actor;
import io.github.bpsconnector.workflow.sop.Sop;
import io.github.bpsconnector.workflow.sop.SopStep;
import io.github.bpsconnector.workflow.sop.WorkingDayCalendar;
import io.github.bpsconnector.workflow.tracking.CaseState;
import io.github.bpsconnector.workflow.tracking.CaseTracker;
import io.github.bpsconnector.workflow.tracking.KegiatanCase;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SopRunnerTest {

    /** Monday 2 March 2026, 09:00 WIB. */
    private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

    @TempDir
    Path dir;

    private final SimClock sim = new SimClock(START);
    private final Clock clock = sim.asClock();
    private final FakeRomantik romantik = new FakeRomantik();
    private final FakeIndah indah = new FakeIndah();
    private Journal journal;
    private Arsip arsip;
    private Kegiatan kegiatan;

    @BeforeEach
    void open() throws IOException {
        journal = FileJournal.open(dir.resolve("journal.jsonl"), clock);
        arsip = Arsip.builder(dir.resolve("arsip")).clock(clock).build();
        kegiatan = RunnerFixture.kegiatan(dir, "Penilaian responden atas layanan");
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private SopRunner runner(RunnerListener listener, boolean asWalidata) {
        SopRunner.Builder builder = SopRunner.builder(romantik, indah, journal, arsip, dir.resolve("work"))
                .clock(clock).listener(listener);
        return (asWalidata ? builder.walidata(romantik) : builder).build();
    }

    @Test
    void takesOneKegiatanThroughStepsOneToEleven() throws IOException {
        SopRunner runner = runner(RunnerListener.NONE, true);

        StepOutcome first = runner.advance(kegiatan);
        assertThat(first.kind()).isEqualTo(StepOutcome.Kind.WAITING);
        assertThat(numbers(first.stepsDone())).containsExactly(1, 2, 3);
        assertThat(first.step().number()).isEqualTo(4);
        assertThat(first.waitingOn()).get().satisfies(w -> {
            assertThat(w.actor()).isEqualTo(Actor.PEMBINA_DATA);
            assertThat(w.since()).isEqualTo(START);
        });
        assertThat(first.message()).startsWith("menunggu Pembina Data sejak 2 Mar 2026 09:00 WIB, langkah 4");

        sim.advance(Duration.ofDays(1));
        romantik.recommend();
        StepOutcome second = runner.advance(kegiatan);
        assertThat(numbers(second.stepsDone())).containsExactly(6, 7, 8, 9);
        assertThat(second.kind()).isEqualTo(StepOutcome.Kind.WAITING);
        assertThat(second.step().number()).isEqualTo(10);

        indah.approve();
        StepOutcome last = runner.advance(kegiatan);
        assertThat(numbers(last.stepsDone())).containsExactly(11);
        assertThat(last.kind()).isEqualTo(StepOutcome.Kind.FINISHED);
        assertThat(last.step().number()).isEqualTo(12);
        assertThat(last.waitingOn()).isEmpty();

        assertThat(romantik.drafts + romantik.sends + romantik.uploads + romantik.walidataDecisions).isEqualTo(4);
        assertThat(indah.reports).isEqualTo(1);
        assertThat(indah.publications).isEqualTo(1);
        assertThat(romantik.sentFiles.get(0)).extracting(a -> a.kind().name())
                .containsExactly("KAK", "MS_VAR", "MS_IND");
        assertThat(last.kegiatanCase().documents()).satisfies(d -> {
            assertThat(d.pengajuanId()).isEqualTo(501L);
            assertThat(d.identitasRekomendasi()).isEqualTo("V-26.3509.004");
            assertThat(d.nomorSuratRekomendasi()).isEqualTo("B-4/35090/VS.300/2026");
            assertThat(d.suratKomitmenSha256()).hasSize(64);
            assertThat(d.suratKomitmenUploaded()).isEqualTo("Surat-Komitmen-V-26.3509.004.pdf");
            assertThat(d.msKegId()).isEqualTo(1001L);
            assertThat(d.msVarIds()).containsExactly(1002L);
            assertThat(d.msIndIds()).containsExactly(1003L);
        });
        assertThat(arsip.entries(kegiatan.key())).extracting(ArsipEntry::kind).contains(DocumentKind.KAK,
                DocumentKind.MS_VAR, DocumentKind.MS_IND, DocumentKind.SURAT_REKOMENDASI,
                DocumentKind.SURAT_KOMITMEN_DRAFT, DocumentKind.SURAT_KOMITMEN, DocumentKind.MS_KEG,
                DocumentKind.PORTAL_ID);
        assertThat(arsip.verify(kegiatan.key()).intact()).isTrue();
    }

    @Test
    void aWalidataRejectionGoesBackToStepTwoWithItsCatatanUntilThePackageIsCorrected() {
        romantik.duplicates = List.of("Survei Kepuasan Masyarakat Puskesmas 2026");
        SopRunner runner = runner(RunnerListener.NONE, true);

        StepOutcome returned = runner.advance(kegiatan);

        assertThat(returned.kind()).isEqualTo(StepOutcome.Kind.RETURNED);
        assertThat(returned.step().number()).isEqualTo(2);
        assertThat(returned.kegiatanCase().returnedFrom()).get().extracting(SopStep::number).isEqualTo(3);
        assertThat(returned.catatan()).get().satisfies(n -> {
            assertThat(n.reviewer()).isEqualTo(Actor.WALIDATA);
            assertThat(n.note()).contains("Survei Kepuasan Masyarakat Puskesmas 2026");
        });
        assertThat(returned.message()).startsWith("dikembalikan ke langkah 2").contains("oleh Walidata");

        StepOutcome unchanged = runner.advance(kegiatan);
        assertThat(unchanged.kind()).isEqualTo(StepOutcome.Kind.RETURNED);
        assertThat(unchanged.stepsDone()).isEmpty();
        assertThat(romantik.revisions).isZero();

        romantik.duplicates = List.of();
        StepOutcome corrected = runner.advance(kegiatan.withMetadata(
                RunnerFixture.metadata("Penilaian responden atas layanan puskesmas, skala 1-4")));

        assertThat(numbers(corrected.stepsDone())).containsExactly(2, 3);
        assertThat(corrected.step().number()).isEqualTo(4);
        assertThat(romantik.revisions).isEqualTo(1);
        assertThat(romantik.sends).isEqualTo(1);
    }

    @Test
    void theInputsAreKeptOnceAndACorrectedPackageAsANewVersionWhichIsTheOneReadBack() throws IOException {
        romantik.duplicates = List.of("Survei Kepuasan Masyarakat Puskesmas 2026");
        SopRunner runner = runner(RunnerListener.NONE, true);
        runner.advance(kegiatan);
        runner.advance(kegiatan);

        assertThat(inputs()).extracting(ArsipEntry::kind)
                .containsExactly(DocumentKind.KAK, DocumentKind.DATA_PRODUSEN, DocumentKind.PAKET_MASUKAN);
        Kegiatan kept = Kegiatan.fromArsip(arsip, kegiatan.key()).orElseThrow();
        assertThat(kept.key()).isEqualTo(kegiatan.key());
        assertThat(kept.producer()).isEqualTo(RunnerFixture.PRODUCER);
        assertThat(MetadataJson.write(kept.metadata())).isEqualTo(MetadataJson.write(kegiatan.metadata()));
        assertThat(kept.files()).singleElement().satisfies(file -> {
            assertThat(file.kind()).isEqualTo(AttachmentKind.KAK);
            assertThat(file.pdf()).hasSameBinaryContentAs(kegiatan.files().get(0).pdf());
        });

        romantik.duplicates = List.of();
        MetadataPackage corrected = RunnerFixture.metadata("Penilaian responden atas layanan puskesmas, skala 1-4");
        runner.advance(kegiatan.withMetadata(corrected));

        assertThat(inputs()).filteredOn(e -> e.kind() == DocumentKind.PAKET_MASUKAN).hasSize(2);
        assertThat(MetadataJson.write(Kegiatan.fromArsip(arsip, kegiatan.key()).orElseThrow().metadata()))
                .isEqualTo(MetadataJson.write(corrected));
        assertThat(arsip.verify(kegiatan.key()).intact()).isTrue();
    }

    @Test
    void resumeWithoutKeptInputsSaysSoAndSendsNothing() {
        SopRunner runner = runner(RunnerListener.NONE, true);

        assertThatThrownBy(() -> runner.resume(kegiatan.key())).isInstanceOf(InputsNotKeptException.class)
                .hasMessageContaining(kegiatan.key().title());
        assertThat(romantik.drafts).isZero();
    }

    private List<ArsipEntry> inputs() throws IOException {
        return arsip.entries(kegiatan.key()).stream().filter(e -> e.source().startsWith("sop:masukan/")).toList();
    }

    @Test
    void pembinaCorrectionNotesReturnTheKegiatanToStepTwo() {
        SopRunner runner = runner(RunnerListener.NONE, true);
        runner.advance(kegiatan);
        romantik.pembinaCorrection("Lengkapi rancangan sampel pada Blok 6");

        StepOutcome returned = runner.advance(kegiatan);

        assertThat(returned.kind()).isEqualTo(StepOutcome.Kind.RETURNED);
        assertThat(returned.kegiatanCase().returnedFrom()).get().extracting(SopStep::number).isEqualTo(4);
        assertThat(returned.catatan()).get().extracting(n -> n.note()).isEqualTo("Lengkapi rancangan sampel pada Blok 6");

        StepOutcome fixed = runner.advance(kegiatan.withMetadata(RunnerFixture.metadata("Dengan rancangan sampel")));
        assertThat(numbers(fixed.stepsDone())).containsExactly(2);
        assertThat(fixed.step().number()).isEqualTo(4);
        assertThat(fixed.kind()).isEqualTo(StepOutcome.Kind.WAITING);
    }

    @Test
    void anIndahCorrectionGoesBackToStepNineAndIsReportedAgainOnceCorrected() {
        SopRunner runner = runner(RunnerListener.NONE, true);
        runner.advance(kegiatan);
        romantik.recommend();
        runner.advance(kegiatan);
        indah.requestCorrection("Definisi variabel belum sesuai SDS");

        StepOutcome returned = runner.advance(kegiatan);
        assertThat(returned.kind()).isEqualTo(StepOutcome.Kind.RETURNED);
        assertThat(returned.step().number()).isEqualTo(9);
        assertThat(returned.catatan()).get().extracting(n -> n.note()).isEqualTo("Definisi variabel belum sesuai SDS");

        StepOutcome again = runner.advance(kegiatan.withMetadata(RunnerFixture.metadata("Sesuai SDS")));
        assertThat(numbers(again.stepsDone())).containsExactly(9);
        assertThat(again.step().number()).isEqualTo(10);
        assertThat(indah.reports).isEqualTo(2);
    }

    @Test
    void withoutAWalidataAccountTheRunnerWaitsOnTheWalidataAndTheDeadlineFollowsTheCalendar() {
        SopRunner runner = runner(RunnerListener.NONE, false);

        StepOutcome waiting = runner.advance(kegiatan);

        assertThat(waiting.kind()).isEqualTo(StepOutcome.Kind.WAITING);
        assertThat(waiting.step().number()).isEqualTo(3);
        assertThat(waiting.waitingOn()).get().extracting(w -> w.actor()).isEqualTo(Actor.WALIDATA);
        KegiatanCase atStart = waiting.kegiatanCase();
        assertThat(atStart.overdue()).isFalse();
        // entered Monday 2 March: three working days end with Thursday 5 March (WIB)
        assertThat(atStart.deadline()).contains(Instant.parse("2026-03-05T17:00:00Z"));

        sim.advance(Duration.ofDays(3).plusHours(14));
        assertThat(runner.status(kegiatan.key()).overdue()).isFalse();
        sim.advance(Duration.ofHours(2));
        KegiatanCase late = runner.status(kegiatan.key());
        assertThat(late.overdue()).isTrue();
        assertThat(late.enteredAt()).isEqualTo(START);
        assertThat(runner.advance(kegiatan).message()).endsWith("melewati batas waktu");
    }

    @Test
    void aFreshTrackerOnTheSameJournalRebuildsTheSameCase() {
        runner(RunnerListener.NONE, true).advance(kegiatan);
        sim.advance(Duration.ofHours(5));
        KegiatanCase seen = runner(RunnerListener.NONE, true).status(kegiatan.key());

        CaseTracker fresh = new CaseTracker(Sop.bundled(), WorkingDayCalendar.indonesia(), journal, clock, romantik,
                indah);

        assertThat(fresh.rebuild(kegiatan.key())).isEqualTo(seen);
        assertThat(seen.enteredAt()).isEqualTo(START);
        assertThat(seen.state()).isEqualTo(CaseState.ACTIVE);
    }

    @Test
    void aKegiatanDeclaredTidakLayakStops() {
        SopRunner runner = runner(RunnerListener.NONE, true);
        runner.advance(kegiatan);
        romantik.declareTidakLayak("Kegiatan tumpang tindih dengan survei BPS");

        StepOutcome stopped = runner.advance(kegiatan);

        assertThat(stopped.kind()).isEqualTo(StepOutcome.Kind.STOPPED);
        assertThat(stopped.kegiatanCase().waitingOn()).isEmpty();
        assertThat(stopped.message()).contains("tidak layak");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 6, 7, 8, 9, 11})
    void aCrashAfterAnyStepsActionIsResumedByANewRunnerWithoutDoingItTwice(int crashAt) throws IOException {
        SopRunner crashing = runner(new RunnerListener() {
            @Override
            public void actionDone(KegiatanKey key, SopStep step) {
                if (step.number() == crashAt) {
                    throw new SimulatedCrash();
                }
            }
        }, true);
        assertThatThrownBy(() -> driveToTheEnd(crashing)).isInstanceOf(SimulatedCrash.class);

        journal.close();
        journal = FileJournal.open(dir.resolve("journal.jsonl"), clock);
        StepOutcome end = driveToTheEnd(runner(RunnerListener.NONE, true));

        assertThat(end.kind()).isEqualTo(StepOutcome.Kind.FINISHED);
        assertThat(romantik.drafts).isEqualTo(1);
        assertThat(romantik.sends).isEqualTo(1);
        assertThat(romantik.walidataDecisions).isEqualTo(1);
        assertThat(romantik.uploads).isEqualTo(1);
        assertThat(indah.reports).isEqualTo(1);
        assertThat(indah.publications).isEqualTo(1);
        assertThat(journal.openIntents()).isEmpty();
        assertThat(arsip.entries(kegiatan.key())).extracting(ArsipEntry::kind)
                .filteredOn(k -> k == DocumentKind.SURAT_KOMITMEN_DRAFT || k == DocumentKind.MS_KEG).hasSize(2);
        assertThat(arsip.verify(kegiatan.key()).intact()).isTrue();
    }

    /** Advances, playing the Pembina Data whenever the runner waits on it, until the end. */
    private StepOutcome driveToTheEnd(SopRunner runner) {
        for (int round = 0; round < 5; round++) {
            StepOutcome outcome = runner.advance(kegiatan);
            if (outcome.kind() != StepOutcome.Kind.WAITING) {
                return outcome;
            }
            if (outcome.step().number() == 4) {
                romantik.recommend();
            } else if (outcome.step().number() == 10) {
                indah.approve();
            }
        }
        throw new AssertionError("the SOP did not end");
    }

    private static List<Integer> numbers(List<SopStep> steps) {
        return steps.stream().map(SopStep::number).toList();
    }

    private static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash() {
            super("simulated crash");
        }
    }
}
