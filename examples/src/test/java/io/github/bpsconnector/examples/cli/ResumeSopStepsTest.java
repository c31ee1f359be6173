package io.github.bpsconnector.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpsconnector.core.journal.FileJournal;
import io.github.bpsconnector.core.journal.Intent;
import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.testkit.sample.SamplePackages;
import io.github.bpsconnector.examples.config.ConnectorConfig;
import io.github.bpsconnector.examples.sample.SampleProducers;
import io.github.bpsconnector.metadata.AttachmentKind;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.testkit.sample.SampleDocuments;
import io.github.bpsconnector.workflow.arsip.KegiatanKey;
import io.github.bpsconnector.workflow.port.Attachment;
import io.github.bpsconnector.workflow.runner.Kegiatan;
import io.github.bpsconnector.workflow.runner.RunnerListener;
import io.github.bpsconnector.workflow.runner.SopRunner;
import io.github.bpsconnector.workflow.runner.StepOutcome;
import io.github.bpsconnector.workflow.sop.SopStep;
import io.github.bpsconnector.testkit.SimulatedPortals;
import io.github.bpsconnector.testkit.romantik.SimulatedRomantik;
import io.github.bpsconnector.testkit.romantik.StatusWalidata;
import io.github.bpsconnector.workflow.tracking.CaseTracker;
import io.github.bpsconnector.workflow.tracking.StepIds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code resume} of SOP steps a crash left open, against the simulated Romantik: the sample kegiatan of Dinas
 * Kesehatan was submitted and waits on the Walidata (step 3).
 */
class ResumeSopStepsTest {

    @TempDir
    Path dir;

    private SimulatedPortals portals;
    private SimulatedRomantik romantik;
    private RomantikWorkspace workspace;

    @BeforeEach
    void start() {
        portals = SimulatedPortals.start();
        romantik = portals.romantik();
    }

    @AfterEach
    void stop() {
        portals.close();
    }

    @Test
    void aStepWhoseEffectIsOnThePortalIsConfirmedNotDoneAgain() throws IOException {
        workspace = new RomantikWorkspace(dir, romantik, true);
        openStep(StepIds.AJUKAN_REKOMENDASI);
        long pengajuanBefore = romantik.allPengajuan().size();

        Cli run = resume();

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("* kegiatan " + SamplePackages.DINKES.title(),
                "langkah 2: sudah terjadi di portal (kegiatan kini di langkah 3); dicatat selesai.");
        assertThat(romantik.allPengajuan()).hasSize((int) pengajuanBefore);
        assertThat(romantik.pengajuan(workspace.pengajuanId).orElseThrow().statusWalidata())
                .as("nothing done for the Walidata").isEqualTo(StatusWalidata.PEMERIKSAAN);
        assertThat(openIntents()).isEmpty();
        assertThat(resume().out()).contains("Tidak ada pekerjaan terbuka");
    }

    @Test
    void theStepTheKegiatanStandsAtIsLeftOpenWhenNoRunnerKeptTheKegiatansInputs() throws IOException {
        workspace = new RomantikWorkspace(dir, romantik, true);
        openStep(StepIds.PERIKSA_WALIDATA);

        Cli run = resume();

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCodes.WARNINGS);
        assertThat(run.out()).contains("langkah 3 (", "masukan kegiatannya (paket metadata, berkas, data produsen)"
                + " tidak ada di arsip");
        assertThat(openIntents()).extracting(JournalEntry::operation)
                .containsExactly(StepIds.operation(StepIds.PERIKSA_WALIDATA));
        assertThat(romantik.pengajuan(workspace.pengajuanId).orElseThrow().statusWalidata())
                .isEqualTo(StatusWalidata.PEMERIKSAAN);
    }

    @Test
    void anOpenStepTwoIsRedoneWithTheInputsTheApplicationsRunnerKeptInTheArsip() throws IOException {
        workspace = new RomantikWorkspace(dir, romantik, true, false);
        try (FileJournal journal = FileJournal.open(workspace.journal());
                WorkspacePorts ports = new WorkspacePorts(ConnectorConfig.load(workspace.config), journal)) {
            SopRunner application = application(journal, ports, new RunnerListener() {
                @Override
                public void stepDone(KegiatanKey key, SopStep step) {
                    throw new Crash(step);
                }
            }, false);
            assertThatThrownBy(() -> application.advance(kegiatan())).isInstanceOf(Crash.class);
        }
        openStep(StepIds.AJUKAN_REKOMENDASI);
        assertThat(romantik.romantikCounters().kirim()).as("the draft only, not sent").isZero();

        Cli run = resume();

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("dilanjutkan: langkah 2 selesai", "menunggu Walidata");
        assertThat(romantik.romantikCounters().pengajuanCreated()).isEqualTo(1);
        assertThat(romantik.romantikCounters().kirim()).as("sent once, by resume").isEqualTo(1);
        assertThat(romantik.allPengajuan()).singleElement()
                .satisfies(p -> assertThat(p.statusWalidata()).isEqualTo(StatusWalidata.PEMERIKSAAN));
        assertThat(openIntents()).isEmpty();
        assertThat(resume().out()).contains("Tidak ada pekerjaan terbuka");
    }

    @Test
    void aSuratKomitmenDrawnUpBeforeACrashIsDrawnUpAgainAndUploadedByResume() throws IOException {
        workspace = new RomantikWorkspace(dir, romantik, true, false);
        try (FileJournal journal = FileJournal.open(workspace.journal());
                WorkspacePorts ports = new WorkspacePorts(ConnectorConfig.load(workspace.config), journal)) {
            StepOutcome submitted = application(journal, ports, RunnerListener.NONE, true).advance(kegiatan());
            assertThat(submitted.step().number()).as(submitted.message()).isEqualTo(4);
            romantik.reviewer().asPembinaData().recommend(submitted.kegiatanCase().documents().pengajuanId(),
                    List.of("Cantumkan Identitas Rekomendasi pada kuesioner.",
                            "Gunakan konsep dan definisi sesuai Standar Data Statistik.",
                            "Serahkan hasil kegiatan kepada BPS Kabupaten Jember."));
            SopRunner crashing = application(journal, ports, new RunnerListener() {
                @Override
                public void actionDone(KegiatanKey key, SopStep step) {
                    if (step.number() == 6) {
                        throw new Crash(step);
                    }
                }
            }, true);
            assertThatThrownBy(() -> crashing.advance(kegiatan())).isInstanceOf(Crash.class);
            // the crashed application's claim runs out
            journal.openIntents().forEach(e -> journal.release(e.intentId(), APPLICATION));
        }
        long id = romantik.allPengajuan().get(0).id();
        assertThat(romantik.pengajuan(id).orElseThrow().komitmen()).isNull();

        Cli run = resume();

        assertThat(run.exitCode()).as("step 9 needs INDAH, which this workspace has no account of: " + run.out())
                .isEqualTo(ExitCodes.PORTAL);
        assertThat(run.out()).contains("langkah 6 (", "dilanjutkan: langkah 6, 7, 8 selesai",
                "no INDAH account of role walidata");
        assertThat(romantik.pengajuan(id).orElseThrow().komitmen()).as("uploaded once, by resume").isNotNull();
        assertThat(openIntents()).extracting(JournalEntry::operation)
                .doesNotContain(StepIds.operation(StepIds.SUSUN_SURAT_KOMITMEN));
    }

    /** What a runner killed after beginning {@code stepId} and before its outcome leaves in the journal. */
    private void openStep(String stepId) {
        try (FileJournal journal = FileJournal.open(workspace.journal())) {
            String id = journal.begin(Intent.of(StepIds.operation(stepId), "romantik",
                    CaseTracker.naturalKey(workspace.kegiatan))).intentId();
            journal.recordAttempt(id);
        }
    }

    private static final String APPLICATION = "aplikasi-produsen";

    /** The application that started the kegiatan: a runner on the workspace's ports, journal and arsip. */
    private SopRunner application(FileJournal journal, WorkspacePorts ports, RunnerListener listener,
            boolean asWalidata) throws IOException {
        SopRunner.Builder runner = SopRunner.builder(ports.romantikOf(SamplePackages.DINKES.organizer()),
                ports.indah(), journal, workspace.arsip(), dir.resolve("kerja-aplikasi"))
                .listener(listener).claimant(APPLICATION, Duration.ofMinutes(10));
        if (asWalidata) {
            ports.walidata().ifPresent(runner::walidata);
        }
        return runner.build();
    }

    /** The sample kegiatan of Dinas Kesehatan as the application gives it to its runner. */
    private Kegiatan kegiatan() throws IOException {
        MetadataPackage pkg = SamplePackages.DINKES.toPackage(RomantikWorkspace.today());
        Path berkas = Files.createDirectories(dir.resolve("berkas-aplikasi"));
        return Kegiatan.of(pkg, SamplePackages.DINKES.organizer(), List.of(
                new Attachment(AttachmentKind.KAK, SampleDocuments.kak(pkg, berkas)),
                new Attachment(AttachmentKind.KUESIONER, SampleDocuments.kuesioner(pkg, berkas))),
                SampleProducers.of(SamplePackages.DINKES, RomantikWorkspace.today()));
    }

    /** What a process hits when it dies: not an exception anyone handles. */
    private static final class Crash extends Error {
        private static final long serialVersionUID = 1L;

        Crash(SopStep step) {
            super("simulated crash at step " + step.number());
        }
    }

    private Cli resume() {
        return Cli.run("resume", "--config", workspace.config.toString());
    }

    private List<JournalEntry> openIntents() {
        try (FileJournal journal = FileJournal.open(workspace.journal())) {
            return journal.openIntents();
        }
    }
}
