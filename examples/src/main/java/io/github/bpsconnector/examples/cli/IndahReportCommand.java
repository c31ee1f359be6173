package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.core.journal.FileJournal;
import io.github.bpsconnector.examples.config.AccountConfig;
import io.github.bpsconnector.examples.config.ConnectorConfig;
import io.github.bpsconnector.examples.config.Portal;
import io.github.bpsconnector.indah.report.MetadataReporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code indah report <file> --akun <id> [--dry-run] [--kirim]}: reports the metadata of many kegiatan on INDAH
 * (SOP step 9) with {@link MetadataReporter}: validated first, never twice, resumable from the journal (by running
 * it again or by {@code resume}), with a progress bar. Uses the session saved by {@code indah login}.
 */
@Command(name = "report",
        description = {
            "Melaporkan metadata (MS-Keg, MS-Var, MS-Ind) banyak kegiatan ke INDAH (langkah 9 SOP).",
            "Masukan: .xlsx templat, folder CSV/TSV, atau .json kanonik. Tidak pernah mengirim dua kali;",
            "bila terputus, jalankan 'bps-connector resume' atau lagi perintah yang sama (jurnal melanjutkan)."
        })
public final class IndahReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<berkas>", description = "Berkas .xlsx/.json atau folder CSV/TSV.")
    Path input;

    @Mixin
    ConfigOption options;

    @Option(names = "--dry-run", description = "Hanya memeriksa INDAH dan menyebut apa yang akan dilakukan.")
    boolean dryRun;

    @Option(names = "--kirim", description = "Mengajukan (submit) MS-Keg, MS-Var dan MS-Ind setelah ditulis.")
    boolean submit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path file = input.toAbsolutePath().normalize();
        MetadataInput read = MetadataInput.read(file, out);
        if (read.unreadable() || read.packages().isEmpty()) {
            out.println(read.unreadable() ? "" : "Tidak ada kegiatan yang dapat dilaporkan.");
            out.flush();
            return read.unreadable() ? ExitCodes.UNREADABLE : ExitCodes.ERRORS;
        }
        String digest;
        try {
            digest = InputDigest.of(file);
        } catch (IOException e) {
            out.println("Berkas " + file.getFileName() + " tidak dapat dibaca: " + e.getClass().getSimpleName() + ".");
            out.flush();
            return ExitCodes.UNREADABLE;
        }
        ConnectorConfig config = options.config();
        AccountConfig account = options.account(config, Portal.INDAH);
        IndahReport report = new IndahReport(config, account, out);
        if (!report.loggedIn()) {
            return ExitCodes.CONFIG;
        }
        try (FileJournal journal = FileJournal.open(config.journalFile())) {
            return report.run(journal, new ReportIntent(file, digest, account.id(), submit), read, dryRun);
        }
    }
}
