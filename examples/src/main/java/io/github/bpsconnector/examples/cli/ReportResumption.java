package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.core.error.PortalException;
import io.github.bpsconnector.core.journal.Journal;
import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.examples.config.AccountConfig;
import io.github.bpsconnector.examples.config.ConfigException;
import io.github.bpsconnector.examples.config.ConnectorConfig;
import io.github.bpsconnector.examples.config.Portal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;

/**
 * Finishes an {@code indah report} that a crash interrupted: checks that its input is still there and unchanged
 * (SHA-256), then runs the same report again on the same journal. The reporter skips what the journal says is
 * done and looks on INDAH before every write, so nothing is sent twice.
 */
final class ReportResumption {

    private final ConnectorConfig config;
    private final Journal journal;
    private final PrintWriter out;

    ReportResumption(ConnectorConfig config, Journal journal, PrintWriter out) {
        this.config = config;
        this.journal = journal;
        this.out = out;
    }

    /** Resumes (or, with {@code dryRun}, describes) the run of {@code entry}; returns the exit code. */
    int resume(JournalEntry entry, boolean dryRun) {
        ReportIntent run;
        try {
            run = ReportIntent.of(entry);
        } catch (IllegalArgumentException e) {
            out.println("* indah report (intent " + entry.intentId() + "): DILEWATI: " + e.getMessage());
            return ExitCodes.WARNINGS;
        }
        out.println("* indah report " + run.file() + " (akun " + run.account() + (run.submit() ? ", --kirim" : "")
                + "), terputus; dimulai " + ResumeCommand.WIB.format(entry.startedAt()));
        if (!Files.isReadable(run.file())) {
            out.println("  DITOLAK: berkas masukan tidak ada lagi. Kembalikan berkas yang sama ke tempatnya, lalu"
                    + " jalankan 'resume' lagi.");
            return ExitCodes.UNREADABLE;
        }
        String now;
        try {
            now = InputDigest.of(run.file());
        } catch (IOException e) {
            out.println("  DITOLAK: berkas masukan tidak dapat dibaca (" + e.getClass().getSimpleName() + ").");
            return ExitCodes.UNREADABLE;
        }
        if (!now.equals(run.sha256())) {
            out.println("  DITOLAK: berkas masukan berubah sejak laporan dimulai (SHA-256 di jurnal "
                    + run.sha256().substring(0, 12) + "..., sekarang " + now.substring(0, 12) + "...). Untuk"
                    + " melaporkan isi yang baru, jalankan 'bps-connector indah report " + run.file() + " --akun "
                    + run.account() + (run.submit() ? " --kirim" : "") + "'.");
            return ExitCodes.UNREADABLE;
        }
        AccountConfig account;
        try {
            account = config.account(run.account());
        } catch (ConfigException e) {
            out.println("  DITOLAK: " + e.getMessage());
            return ExitCodes.CONFIG;
        }
        if (account.portal() != Portal.INDAH) {
            out.println("  DITOLAK: akun " + run.account() + " di konfigurasi bukan akun INDAH lagi.");
            return ExitCodes.CONFIG;
        }
        if (dryRun) {
            out.println("  akan dilanjutkan: berkas tidak berubah; kegiatan yang sudah selesai menurut jurnal"
                    + " dilewati, sisanya dilaporkan" + (run.submit() ? " dan diajukan" : "") + ".");
            return ExitCodes.OK;
        }
        MetadataInput read = MetadataInput.read(run.file(), out);
        if (read.unreadable()) {
            return ExitCodes.UNREADABLE;
        }
        IndahReport report = new IndahReport(config, account, out);
        if (!report.loggedIn()) {
            return ExitCodes.CONFIG;
        }
        try {
            int code = report.run(journal, run, read, false);
            boolean finished = journal.find(entry.intentId()).map(e -> !e.isOpen()).orElse(false);
            out.println(finished ? "  selesai." : "  belum selesai: jalankan 'resume' lagi nanti.");
            return code;
        } catch (PortalException e) {
            out.println("  GAGAL: " + e.getMessage() + " [" + e.getClass().getSimpleName() + "]; jalankan 'resume'"
                    + " lagi nanti.");
            return FailurePrinter.exitCodeOf(e);
        }
    }
}
