package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.core.journal.FileJournal;
import io.github.bpsconnector.core.session.SessionStore;
import io.github.bpsconnector.examples.config.AccountConfig;
import io.github.bpsconnector.examples.config.ConnectorConfig;
import io.github.bpsconnector.examples.config.Portal;
import io.github.bpsconnector.examples.terminal.ProgressBar;
import io.github.bpsconnector.indah.IndahAccount;
import io.github.bpsconnector.indah.IndahClient;
import io.github.bpsconnector.indah.IndahOrganization;
import io.github.bpsconnector.indah.OrganizationQuery;
import io.github.bpsconnector.indah.Producer;
import io.github.bpsconnector.indah.report.FailureReason;
import io.github.bpsconnector.indah.report.ItemResult;
import io.github.bpsconnector.indah.report.MetadataReporter;
import io.github.bpsconnector.indah.report.ReportItem;
import io.github.bpsconnector.indah.report.ReportListener;
import io.github.bpsconnector.indah.report.ReportResult;
import io.github.bpsconnector.indah.report.ValidationProblem;
import io.github.bpsconnector.metadata.MetadataPackage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code indah report <file> --akun <id> [--dry-run] [--kirim]}: reports the metadata of many kegiatan on INDAH
 * (SOP step 9) with {@link MetadataReporter}: validated first, never twice, resumable from the journal, with a
 * progress bar. Uses the session saved by {@code indah login}.
 */
@Command(name = "report",
        description = {
            "Melaporkan metadata (MS-Keg, MS-Var, MS-Ind) banyak kegiatan ke INDAH (langkah 9 SOP).",
            "Masukan: .xlsx templat, folder CSV/TSV, atau .json kanonik. Tidak pernah mengirim dua kali;",
            "bila terputus, jalankan lagi perintah yang sama (jurnal melanjutkan)."
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
        MetadataInput read = MetadataInput.read(input, out);
        if (read.unreadable() || read.packages().isEmpty()) {
            out.println(read.unreadable() ? "" : "Tidak ada kegiatan yang dapat dilaporkan.");
            out.flush();
            return read.unreadable() ? ExitCodes.UNREADABLE : ExitCodes.ERRORS;
        }
        ConnectorConfig config = options.config();
        AccountConfig account = options.account(config, Portal.INDAH);
        SessionStore store = IndahClients.sessionStore(config, account);
        if (store.loadIfPresent().isEmpty()) {
            out.println("Belum masuk ke INDAH dengan akun " + account.id() + ": jalankan dulu"
                    + " 'bps-connector indah login --akun " + account.id() + "'.");
            out.flush();
            return ExitCodes.CONFIG;
        }
        try (FileJournal journal = FileJournal.open(config.journalFile());
                IndahClient indah = IndahClients.withSavedSession(config, account, journal)) {
            IndahAccount me = indah.authenticate();
            List<ReportItem> items = new ArrayList<>();
            int worst = read.exitCode();
            for (MetadataPackage pkg : read.packages()) {
                Optional<Producer> producer = producerOf(indah, me, pkg);
                if (producer.isPresent()) {
                    items.add(new ReportItem(producer.get(), pkg.activity().year(), pkg));
                } else {
                    out.println("GALAT " + pkg.activity().title() + ": instansi penyelenggara '"
                            + pkg.activity().organizer().institutionName()
                            + "' tidak ditemukan sebagai produsen data di INDAH.");
                    worst = Math.max(worst, ExitCodes.ERRORS);
                }
            }
            out.println((dryRun ? "Rencana (dry run, tidak ada yang ditulis): " : "Melaporkan ") + items.size()
                    + " kegiatan ke INDAH sebagai " + me.username() + ".");
            ProgressBar bar = new ProgressBar(out, items.size(), System.console() != null);
            ReportResult result = MetadataReporter.builder(indah).journal(journal).submit(submit).dryRun(dryRun)
                    .listener(new ReportListener() {
                        @Override
                        public void itemFinished(int done, int total, ItemResult r) {
                            bar.step(r.title());
                        }
                    })
                    .build()
                    .report(items);
            bar.finish();
            for (ItemResult r : result.items()) {
                print(out, r);
                worst = Math.max(worst, exitCodeOf(r));
            }
            out.flush();
            return worst;
        }
    }

    private static void print(PrintWriter out, ItemResult r) {
        out.println("- " + r.title() + ": " + r.outcome() + (r.dryRun() ? " (rencana)" : "")
                + (r.msKegId() == null ? "" : ", MS-Keg " + r.msKegId())
                + (r.status() == null ? "" : ", status " + r.status())
                + (r.message() == null ? "" : ". " + r.message()));
        for (ValidationProblem p : r.problems()) {
            out.println("    [" + p.ruleId() + "] " + p.path() + ": " + p.message());
        }
    }

    private static int exitCodeOf(ItemResult r) {
        if (r.succeeded()) {
            return ExitCodes.OK;
        }
        return r.reason() == FailureReason.INVALID ? ExitCodes.ERRORS : ExitCodes.PORTAL;
    }

    /** The producer organisation named as the package's Instansi Penyelenggara, in the account's regency. */
    private static Optional<Producer> producerOf(IndahClient indah, IndahAccount me, MetadataPackage pkg) {
        String name = pkg.activity().organizer().institutionName();
        if (name == null) {
            return Optional.empty();
        }
        String city = me.organization() == null ? null : me.organization().cityCode();
        OrganizationQuery query = (city == null ? OrganizationQuery.all() : OrganizationQuery.producersOf(city))
                .withName(name);
        for (IndahOrganization organization : indah.organizations(query)) {
            if (organization.name().strip().equalsIgnoreCase(name.strip())) {
                return Optional.of(Producer.of(organization));
            }
        }
        return Optional.empty();
    }
}
