package io.github.bpsconnector.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.bpsconnector.core.journal.FileJournal;
import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.metadata.rules.MetadataValidator;
import io.github.bpsconnector.testkit.SimulatedPortals;
import io.github.bpsconnector.testkit.indah.IndahDemoData;
import io.github.bpsconnector.testkit.indah.IndahRecord;
import io.github.bpsconnector.testkit.indah.MetadataKind;
import io.github.bpsconnector.testkit.indah.SimulatedIndah;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #8's crash test: {@code bps-connector indah report big.xlsx} runs in a child JVM against the simulated
 * INDAH of this JVM and is killed with SIGKILL in the middle of the bulk report; {@code resume} then finishes it,
 * and every record exists exactly once with no open intent left in the journal. A second {@code resume} does
 * nothing.
 */
class CliCrashResumeTest {

    private static final String TITLE = "Survei Uji Laporan Besar Puskesmas Kabupaten Jember";
    private static final int VARIABLES = 160;
    private static final int INDICATORS = 40;
    /** The kill comes once this many MS-Var and MS-Ind exist on INDAH. */
    private static final int KILL_AFTER = 20;
    /** Each create's answer is held back this long (the record is applied at once), so a kill lands mid-run. */
    private static final Duration SLOW_ANSWER = Duration.ofMillis(40);

    @TempDir(factory = MemoryTempDir.class)
    Path dir;

    private SimulatedPortals portals;
    private SimulatedIndah indah;
    private IndahWorkspace workspace;
    private Process child;

    @BeforeEach
    void start() throws IOException {
        portals = SimulatedPortals.start();
        indah = portals.indah();
        workspace = new IndahWorkspace(dir, indah, "requests.per.second = 1000");
        Cli login = workspace.login();
        assertThat(login.exitCode()).as(login.out() + login.err()).isZero();
    }

    @AfterEach
    void stop() {
        if (child != null) {
            child.destroyForcibly();
        }
        portals.close();
    }

    @Test
    void aReportKilledMidRunIsFinishedByResumeWithEveryRecordExactlyOnce() throws Exception {
        Path workbook = dir.resolve("big.xlsx");
        LocalDate today = LocalDate.now(MetadataValidator.JAKARTA);
        BulkWorkbook.write(workbook, TITLE, today, VARIABLES, INDICATORS);
        indah.faults().on("POST", "/sdi/v2/metadata-statistik/[a-z]+").times(10_000).after().delay(SLOW_ANSWER);

        long t0 = System.nanoTime();
        child = startCli(workbook);
        await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(10))
                .until(() -> children() >= KILL_AFTER || !child.isAlive());
        long t1 = System.nanoTime();
        assertThat(child.isAlive()).as("the report was still running when killed; its output: %s",
                output()).isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();

        long reportedBeforeKill = children();
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        assertThat(reportedBeforeKill).as("some but not all records reported before the kill")
                .isBetween((long) KILL_AFTER, (long) VARIABLES + INDICATORS - 1);
        List<String> openAfterKill = openOperations();
        assertThat(openAfterKill).contains(ReportIntent.OPERATION, "indah.report.package");

        indah.faults().clear();
        long t2 = System.nanoTime();
        Cli resume = Cli.run("resume", "--config", workspace.config.toString());
        long t3 = System.nanoTime();

        assertThat(resume.exitCode()).as(resume.out() + resume.err()).isZero();
        assertThat(resume.out()).contains("indah report " + workbook.toAbsolutePath(), "selesai.");
        assertEveryRecordExactlyOnce(today.getYear());
        assertThat(openOperations()).as("open intents after resume").isEmpty();
        System.out.printf("crash test: child JVM killed after %d ms with %d of %d records on INDAH and %d intents"
                + " open; resume finished the rest in %d ms%n", (t1 - t0) / 1_000_000, reportedBeforeKill,
                VARIABLES + INDICATORS, openAfterKill.size(), (t3 - t2) / 1_000_000);

        long requestsBefore = indah.counters().total();
        Cli again = Cli.run("resume", "--config", workspace.config.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Tidak ada pekerjaan terbuka");
        assertThat(indah.counters().total()).as("a second resume sends nothing").isEqualTo(requestsBefore);
        assertEveryRecordExactlyOnce(today.getYear());
    }

    @Test
    void resumeRefusesAReportWhoseFileChangedOrDisappearedAndLeavesItOpen() throws Exception {
        Path workbook = dir.resolve("kecil.xlsx");
        BulkWorkbook.write(workbook, TITLE, LocalDate.now(MetadataValidator.JAKARTA), 3, 1);
        // what a run killed right after it began leaves in the journal
        try (FileJournal journal = FileJournal.open(workspace.journal())) {
            journal.begin(new ReportIntent(workbook.toAbsolutePath(), InputDigest.of(workbook), "walidata", false)
                    .toIntent());
        }
        Files.write(workbook, new byte[] {'\n'}, java.nio.file.StandardOpenOption.APPEND);
        long requestsBefore = indah.counters().total();

        Cli dry = Cli.run("resume", "--config", workspace.config.toString(), "--dry-run");
        Cli resume = Cli.run("resume", "--config", workspace.config.toString());

        for (Cli run : List.of(dry, resume)) {
            assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCodes.UNREADABLE);
            assertThat(run.out()).contains("DITOLAK: berkas masukan berubah sejak laporan dimulai",
                    "indah report " + workbook.toAbsolutePath() + " --akun walidata");
        }
        assertThat(indah.counters().total()).as("nothing sent for a changed file").isEqualTo(requestsBefore);
        assertThat(openOperations()).containsExactly(ReportIntent.OPERATION);

        Files.delete(workbook);
        Cli gone = Cli.run("resume", "--config", workspace.config.toString());

        assertThat(gone.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(gone.out()).contains("DITOLAK: berkas masukan tidak ada lagi");
        assertThat(openOperations()).containsExactly(ReportIntent.OPERATION);
        assertThat(indah.counters().total()).isEqualTo(requestsBefore);
    }

    private Process startCli(Path workbook) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a quick start: the child lives for seconds
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"),
                BpsConnectorCommand.class.getName(),
                "indah", "report", workbook.toString(), "--config", workspace.config.toString(),
                "--akun", "walidata"));
        return new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    }

    private String output() throws IOException {
        Path log = dir.resolve("child.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private long children() {
        return indah.records(MetadataKind.VARIABEL).size() + indah.records(MetadataKind.INDIKATOR).size();
    }

    private void assertEveryRecordExactlyOnce(int year) {
        assertThat(indah.countKegiatan(TITLE, year, IndahDemoData.DINKES_JEMBER)).isEqualTo(1);
        IndahRecord kegiatan = indah.records(MetadataKind.KEGIATAN).stream()
                .filter(r -> r.title().equals(TITLE)).findFirst().orElseThrow();
        for (int i = 1; i <= VARIABLES; i++) {
            assertThat(indah.countChildren(kegiatan.id(), MetadataKind.VARIABEL, "Variabel Uji " + i))
                    .as("MS-Var %d", i).isEqualTo(1);
        }
        for (int i = 1; i <= INDICATORS; i++) {
            assertThat(indah.countChildren(kegiatan.id(), MetadataKind.INDIKATOR, "Indikator Uji " + i))
                    .as("MS-Ind %d", i).isEqualTo(1);
        }
        assertThat(children()).isEqualTo(VARIABLES + INDICATORS);
        assertThat(indah.duplicateNaturalKeys()).isEmpty();
    }

    private List<String> openOperations() {
        try (FileJournal journal = FileJournal.open(workspace.journal())) {
            return journal.openIntents().stream().map(JournalEntry::operation).toList();
        }
    }
}
