package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.core.error.PortalException;
import io.github.bpsconnector.core.journal.Journal;
import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.core.session.SessionStore;
import io.github.bpsconnector.examples.config.AccountConfig;
import io.github.bpsconnector.examples.config.ConnectorConfig;
import io.github.bpsconnector.examples.terminal.ProgressBar;
import io.github.bpsconnector.indah.IndahAccount;
import io.github.bpsconnector.indah.IndahClient;
import io.github.bpsconnector.indah.Producer;
import io.github.bpsconnector.indah.report.FailureReason;
import io.github.bpsconnector.indah.report.ItemResult;
import io.github.bpsconnector.indah.report.MetadataReporter;
import io.github.bpsconnector.indah.report.ReportItem;
import io.github.bpsconnector.indah.report.ReportListener;
import io.github.bpsconnector.indah.report.ReportResult;
import io.github.bpsconnector.indah.report.ValidationProblem;
import io.github.bpsconnector.metadata.MetadataPackage;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One run of {@code indah report} for an INDAH account: the packages go through {@link MetadataReporter} with a
 * progress bar, journaled under a {@link ReportIntent} so that {@code resume} can finish the run after a crash.
 * Shared by {@code indah report} and {@code resume}.
 */
final class IndahReport {

    /** Failures that another run may cure (the portal's answer lost, the portal away, the session expired). */
    private static final Set<FailureReason> UNFINISHED = EnumSet.of(FailureReason.OUTCOME_UNKNOWN,
            FailureReason.UNAVAILABLE, FailureReason.AUTHENTICATION);

    private final ConnectorConfig config;
    private final AccountConfig account;
    private final PrintWriter out;

    IndahReport(ConnectorConfig config, AccountConfig account, PrintWriter out) {
        this.config = config;
        this.account = account;
        this.out = out;
    }

    /** Whether {@code indah login} saved a session for the account; says what to do when not. */
    boolean loggedIn() {
        SessionStore store = IndahClients.sessionStore(config, account);
        if (store.loadIfPresent().isPresent()) {
            return true;
        }
        out.println("Belum masuk ke INDAH dengan akun " + account.id() + ": jalankan dulu"
                + " 'bps-connector indah login --akun " + account.id() + "'.");
        out.flush();
        return false;
    }

    /**
     * Reports the packages read from the run's input; with {@code dryRun} writes nothing, not even the journal.
     *
     * @param run   what is journaled for {@code resume}
     * @param input the packages read from {@code run.file()} and how clean the import was
     * @return the exit code
     */
    int run(Journal journal, ReportIntent run, MetadataInput input, boolean dryRun) {
        String intentId = dryRun ? null : openIntent(journal, run);
        try (IndahClient indah = IndahClients.withSavedSession(config, account, journal)) {
            IndahAccount me = indah.authenticate();
            List<ReportItem> items = new ArrayList<>();
            int worst = input.exitCode();
            for (MetadataPackage pkg : input.packages()) {
                Optional<Producer> producer = IndahProducers.named(indah, me,
                        pkg.activity().organizer().institutionName());
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
            out.flush();
            ReportResult result = report(indah, journal, items, run.submit(), dryRun);
            int unfinished = 0;
            for (ItemResult r : result.items()) {
                print(r);
                worst = Math.max(worst, exitCodeOf(r));
                unfinished += !r.succeeded() && UNFINISHED.contains(r.reason()) ? 1 : 0;
            }
            if (intentId != null) {
                settle(journal, intentId, result, unfinished);
            }
            out.flush();
            return worst;
        } catch (PortalException e) {
            if (intentId != null) {
                journal.markUnknown(intentId, "interrupted: " + e.getClass().getSimpleName());
            }
            throw e;
        }
    }

    private ReportResult report(IndahClient indah, Journal journal, List<ReportItem> items, boolean submit,
            boolean dryRun) {
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
        return result;
    }

    /**
     * The run's open intent: the one a crashed run of the same input left, or a new one. An open intent of an
     * earlier version of the file is closed as superseded, since this run reports the file as it is now.
     */
    private static String openIntent(Journal journal, ReportIntent run) {
        Optional<JournalEntry> open = journal.latest(ReportIntent.OPERATION, run.naturalKey())
                .filter(JournalEntry::isOpen);
        String intentId;
        if (open.isPresent() && ReportIntent.of(open.get()).sha256().equals(run.sha256())
                && ReportIntent.of(open.get()).submit() == run.submit()) {
            intentId = open.get().intentId();
        } else {
            open.ifPresent(stale -> journal.fail(stale.intentId(),
                    "superseded: the report was run again with another version of the file or --kirim"));
            intentId = journal.begin(run.toIntent()).intentId();
        }
        journal.recordAttempt(intentId);
        return intentId;
    }

    private static void settle(Journal journal, String intentId, ReportResult result, int unfinished) {
        if (unfinished > 0) {
            journal.markUnknown(intentId, unfinished + " kegiatan belum selesai; jalankan 'bps-connector resume'");
            return;
        }
        List<String> ids = result.items().stream().filter(r -> r.msKegId() != null)
                .map(r -> String.valueOf(r.msKegId())).toList();
        journal.confirm(intentId, ids.isEmpty() ? Map.of() : Map.of("msKegIds", String.join(",", ids)),
                result.items().size() + " kegiatan diproses");
    }

    private void print(ItemResult r) {
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
}
