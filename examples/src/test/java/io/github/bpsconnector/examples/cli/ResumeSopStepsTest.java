package io.github.bpsconnector.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.core.journal.FileJournal;
import io.github.bpsconnector.core.journal.Intent;
import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.testkit.sample.SamplePackages;
import io.github.bpsconnector.metadata.json.MetadataJson;
import io.github.bpsconnector.testkit.SimulatedPortals;
import io.github.bpsconnector.testkit.romantik.SimulatedRomantik;
import io.github.bpsconnector.testkit.romantik.StatusWalidata;
import io.github.bpsconnector.workflow.arsip.DocumentKind;
import io.github.bpsconnector.workflow.tracking.CaseTracker;
import io.github.bpsconnector.workflow.tracking.StepIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
    void start() throws IOException {
        portals = SimulatedPortals.start();
        romantik = portals.romantik();
        workspace = new RomantikWorkspace(dir, romantik, true);
    }

    @AfterEach
    void stop() {
        portals.close();
    }

    @Test
    void aStepWhoseEffectIsOnThePortalIsConfirmedNotDoneAgain() {
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
    void theStepTheKegiatanStandsAtIsDoneAgainWithSopRunnerOnceTheArsipHasThePackage() throws IOException {
        openStep(StepIds.PERIKSA_WALIDATA);

        Cli withoutPackage = resume();

        assertThat(withoutPackage.exitCode()).as(withoutPackage.out()).isEqualTo(ExitCodes.WARNINGS);
        assertThat(withoutPackage.out()).contains("langkah 3 (", "paket metadatanya tidak ada di arsip");
        assertThat(openIntents()).extracting(JournalEntry::operation)
                .containsExactly(StepIds.operation(StepIds.PERIKSA_WALIDATA));
        assertThat(romantik.pengajuan(workspace.pengajuanId).orElseThrow().statusWalidata())
                .isEqualTo(StatusWalidata.PEMERIKSAAN);

        workspace.arsip().store(workspace.kegiatan, DocumentKind.MS_KEG, "sop:laporkan-ke-walidata",
                "paket-metadata.json", MetadataJson.write(SamplePackages.DINKES.toPackage(RomantikWorkspace.today()))
                        .getBytes(StandardCharsets.UTF_8));
        Cli run = resume();

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("dilanjutkan: langkah 3 selesai", "menunggu Pembina Data");
        assertThat(romantik.pengajuan(workspace.pengajuanId).orElseThrow().statusWalidata())
                .as("the Walidata's check done once, on the portal").isEqualTo(StatusWalidata.DISETUJUI);
        assertThat(openIntents()).isEmpty();
        Cli again = resume();
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Tidak ada pekerjaan terbuka");
    }

    /** What a runner killed after beginning {@code stepId} and before its outcome leaves in the journal. */
    private void openStep(String stepId) {
        try (FileJournal journal = FileJournal.open(workspace.journal())) {
            String id = journal.begin(Intent.of(StepIds.operation(stepId), "romantik",
                    CaseTracker.naturalKey(workspace.kegiatan))).intentId();
            journal.recordAttempt(id);
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
