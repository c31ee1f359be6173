package io.github.bpsconnector.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.core.journal.FileJournal;
import io.github.bpsconnector.core.journal.Intent;
import io.github.bpsconnector.testkit.sample.SamplePackages;
import io.github.bpsconnector.metadata.json.MetadataJson;
import io.github.bpsconnector.workflow.arsip.Arsip;
import io.github.bpsconnector.workflow.arsip.DocumentKind;
import io.github.bpsconnector.workflow.arsip.KegiatanKey;
import io.github.bpsconnector.workflow.tracking.CaseTracker;
import io.github.bpsconnector.workflow.tracking.StepIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code resume} with nothing to do, and {@code resume --dry-run}: it says what it would do and writes nothing. */
class ResumeCommandTest {

    @TempDir
    Path dir;

    @Test
    void withoutAJournalOrAnOpenIntentItDoesNothing() throws IOException {
        Path config = config();

        Cli none = Cli.run("resume", "--config", config.toString());
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).contains("belum ada: tidak ada yang perlu dilanjutkan");
        assertThat(dir.resolve("jurnal.jsonl")).doesNotExist();

        try (FileJournal journal = FileJournal.open(dir.resolve("jurnal.jsonl"))) {
            String id = journal.begin(Intent.of("romantik.pengajuan.kirim", "romantik", "A|2026")).intentId();
            journal.confirm(id, Map.of("pengajuanId", "7"), "done");
        }
        Cli closed = Cli.run("resume", "--config", config.toString());

        assertThat(closed.exitCode()).isZero();
        assertThat(closed.out()).contains("Tidak ada pekerjaan terbuka");
    }

    @Test
    void dryRunSaysWhatItWouldDoForEachOpenIntentAndWritesNothing() throws IOException {
        Path config = config();
        Path input = dir.resolve("dinkes.json");
        MetadataJson.write(SamplePackages.DINKES.toPackage(RomantikWorkspace.today()), input);
        KegiatanKey kegiatan = new KegiatanKey(SamplePackages.DINKES.title(), 2026,
                SamplePackages.DINKES.organizer());
        Arsip.at(dir.resolve("arsip")).store(kegiatan, DocumentKind.MS_KEG, "sop:laporkan-ke-walidata",
                "paket-metadata.json", Files.readAllBytes(input));
        try (FileJournal journal = FileJournal.open(dir.resolve("jurnal.jsonl"))) {
            String report = journal.begin(new ReportIntent(input.toAbsolutePath(), InputDigest.of(input),
                    "walidata", true).toIntent()).intentId();
            journal.recordAttempt(report);
            journal.begin(Intent.of("indah.report.package", "indah", "survei|2026|3509002"));
            journal.begin(Intent.of(StepIds.operation(StepIds.LAPORKAN_KE_INDAH), "indah",
                    CaseTracker.naturalKey(kegiatan)));
            journal.begin(Intent.of("romantik.pengajuan.kirim", "romantik", "Survei Lain|2026"));
        }
        byte[] journalBefore = Files.readAllBytes(dir.resolve("jurnal.jsonl"));
        long arsipFilesBefore = count(dir.resolve("arsip"));

        Cli dry = Cli.run("resume", "--config", config.toString(), "--dry-run");

        assertThat(dry.exitCode()).as(dry.out() + dry.err()).isEqualTo(ExitCodes.WARNINGS);
        assertThat(dry.out()).contains(
                "Rencana (dry run, tidak ada yang ditulis): 4 intent terbuka",
                "* indah report " + input.toAbsolutePath() + " (akun walidata, --kirim), terputus",
                "akan dilanjutkan: berkas tidak berubah",
                "intent INDAH per paket dan per rekaman diselesaikan bersama laporannya",
                "* kegiatan " + kegiatan.title() + " (2026, " + kegiatan.institution() + "): langkah 9",
                "akan dibaca ulang dari portal",
                "* romantik.pengajuan.kirim 'Survei Lain|2026'", "tidak dapat dilanjutkan oleh 'resume'");
        assertThat(Files.readAllBytes(dir.resolve("jurnal.jsonl"))).as("the journal is unchanged")
                .isEqualTo(journalBefore);
        assertThat(count(dir.resolve("arsip"))).isEqualTo(arsipFilesBefore);
        assertThat(new String(journalBefore, StandardCharsets.UTF_8)).doesNotContain("OUTCOME");
    }

    @Test
    void aJournalStillHeldByARunningCommandIsNotTouched() throws IOException {
        Path config = config();
        try (FileJournal running = FileJournal.open(dir.resolve("jurnal.jsonl"))) {
            running.begin(Intent.of("indah.report.package", "indah", "survei|2026|3509002"));

            Cli run = Cli.run("resume", "--config", config.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCodes.PORTAL);
            assertThat(run.err()).startsWith("GAGAL: ").contains("JournalLockedException");
            assertThat(running.openIntents()).hasSize(1);
        }
    }

    /** Portals on closed local ports: a dry run must not need them. */
    private Path config() throws IOException {
        Path secrets = dir.resolve("rahasia.properties");
        Files.writeString(secrets, "walidata.username = u\nwalidata.password = p\n");
        Files.setPosixFilePermissions(secrets, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Path config = dir.resolve("bps-connector.properties");
        Files.writeString(config, String.join("\n",
                "romantik.url = http://127.0.0.1:9",
                "indah.url = http://127.0.0.1:9",
                "journal.file = jurnal.jsonl",
                "documents.dir = arsip",
                "session.dir = sesi",
                "secrets.file = rahasia.properties",
                "account.walidata.portal = indah",
                "account.walidata.role = walidata",
                "account.walidata.credentials = secrets-file",
                "account.dinkes.label = " + SamplePackages.DINKES.organizer(),
                "account.dinkes.portal = romantik",
                "account.dinkes.credentials = secrets-file", ""));
        return config;
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.count();
        }
    }
}
