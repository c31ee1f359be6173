package io.github.bpsconnector.indah.report;

import io.github.bpsconnector.core.error.AuthenticationException;
import io.github.bpsconnector.core.error.OutcomeUnknownException;
import io.github.bpsconnector.core.error.PortalChangedException;
import io.github.bpsconnector.core.error.PortalException;
import io.github.bpsconnector.core.error.PortalRejectedException;
import io.github.bpsconnector.core.journal.Intent;
import io.github.bpsconnector.core.journal.Journal;
import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.core.journal.OutcomeStatus;
import io.github.bpsconnector.indah.IndahClient;
import io.github.bpsconnector.indah.IndahRecord;
import io.github.bpsconnector.indah.InvalidTransitionException;
import io.github.bpsconnector.indah.KegiatanRecords;
import io.github.bpsconnector.indah.KegiatanSummary;
import io.github.bpsconnector.indah.MetadataStatus;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.json.MetadataJson;
import io.github.bpsconnector.metadata.rules.MetadataValidator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports many metadata packages to INDAH, the Walidata's job (SOP step 9): for each package it validates locally
 * first (every problem at once; nothing invalid is sent), finds an existing MS-Keg by its natural key (title +
 * period + producer) and reuses it if it is DRAFT or CORRECTION_REQUIRED (never creating a duplicate), creates or
 * updates it, creates or updates its MS-Var and MS-Ind with bounded concurrency, and optionally submits. Each
 * package is journaled (intent, then outcome) and every step is check-then-act, so running the same list again on
 * the same journal after a crash finishes the work with nothing done twice.
 *
 * <pre>{@code
 * MetadataReporter reporter = MetadataReporter.builder(indah).journal(journal).submit(true)
 *         .listener(progress).build();
 * ReportResult result = reporter.report(items);
 * }</pre>
 *
 * <p>Packages are reported one after the other; the children of one package in parallel. A failure of one package
 * is its result; the next package goes on. Thread-safe if the listener is.
 */
public final class MetadataReporter {

    /** The journal operation of one package. */
    public static final String OPERATION = "indah.report.package";

    private static final Logger LOG = LoggerFactory.getLogger(MetadataReporter.class);

    private final IndahClient client;
    private final Journal journal;
    private final int concurrency;
    private final boolean submit;
    private final boolean dryRun;
    private final ReportListener listener;
    private final PackageValidator validator;

    private MetadataReporter(Builder b) {
        this.client = b.client;
        this.journal = b.journal;
        this.concurrency = b.concurrency;
        this.submit = b.submit;
        this.dryRun = b.dryRun;
        this.listener = b.listener;
        this.validator = b.validator;
    }

    /** A builder reporting through {@code client}. */
    public static Builder builder(IndahClient client) {
        return new Builder(client);
    }

    /**
     * Reports the packages, in order.
     *
     * @return one result per package
     * @throws RuntimeException only what is not a portal failure (a bug, a broken journal); portal failures are
     *                          results
     */
    public ReportResult report(List<ReportItem> items) {
        List<ItemResult> results = new ArrayList<>();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, task -> {
            Thread thread = new Thread(task, "indah-report-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int i = 0; i < items.size(); i++) {
                ReportItem item = items.get(i);
                listener.itemStarted(i, items.size(), item);
                ItemResult result = reportOne(i, item, new ChildReporter(client, pool, !dryRun));
                results.add(result);
                listener.itemFinished(i + 1, items.size(), result);
            }
        } finally {
            pool.shutdownNow();
        }
        return new ReportResult(results);
    }

    private ItemResult reportOne(int index, ReportItem item, ChildReporter children) {
        List<ValidationProblem> problems = validator.validate(item.pkg());
        if (!problems.isEmpty()) {
            return failed(index, item, FailureReason.INVALID, problems.size() + " masalah validasi; paket tidak "
                    + "dikirim", problems, null);
        }
        if (dryRun || journal == null) {
            return run(index, item, children, null);
        }
        String key = KegiatanRecords.naturalKey(item.title(), item.submissionPeriod(), item.producer().id());
        // the package's canonical JSON is hashed only to compare it with the journal's
        String hash = contentHash(item);
        Optional<JournalEntry> previous = journal.latest(OPERATION, key);
        if (previous.isPresent() && isDone(previous.get(), hash)) {
            String id = previous.get().outcome().orElseThrow().portalIds().get("msKegId");
            return new ItemResult(index, item.title(), ItemOutcome.UNCHANGED, null,
                    "sudah dilaporkan sebelumnya (menurut jurnal)", List.of(), id == null ? null : Long.valueOf(id),
                    null, 0, false);
        }
        String intentId = previous.filter(JournalEntry::isOpen).map(JournalEntry::intentId)
                .orElseGet(() -> journal.begin(Intent.of(OPERATION, "indah", key)
                        .withAttribute("contentSha256", hash)
                        .withAttribute("submit", String.valueOf(submit))).intentId());
        journal.recordAttempt(intentId);
        return run(index, item, children, intentId);
    }

    private static boolean isDone(JournalEntry entry, String hash) {
        return entry.outcome().map(o -> o.status() == OutcomeStatus.CONFIRMED).orElse(false)
                && hash.equals(entry.attributes().get("contentSha256"));
    }

    private ItemResult run(int index, ReportItem item, ChildReporter children, String intentId) {
        try {
            ItemResult result = apply(index, item, children);
            if (intentId != null) {
                journal.confirm(intentId, Map.of("msKegId", String.valueOf(result.msKegId())),
                        result.outcome().name());
                reconcile(item, result.msKegId(), children);
            }
            return result;
        } catch (PortalException e) {
            FailureReason reason = reason(e);
            LOG.warn("INDAH report of '{}' failed: {}", item.title(), e.getMessage());
            if (intentId != null) {
                if (reason == FailureReason.OUTCOME_UNKNOWN) {
                    journal.markUnknown(intentId, "outcome unknown; run the report again to resume");
                } else {
                    journal.fail(intentId, reason + ": " + e.getMessage());
                }
            }
            return failed(index, item, reason, message(reason, e), List.of(), null);
        }
    }

    private ItemResult apply(int index, ReportItem item, ChildReporter children) {
        KegiatanRecords kegiatan = client.kegiatan();
        MsKeg activity = item.pkg().activity();
        Optional<KegiatanSummary> existing = kegiatan.findByNaturalKey(item.title(), item.submissionPeriod(),
                item.producer().id());
        if (existing.isEmpty()) {
            if (dryRun) {
                return done(index, item, ItemOutcome.CREATED, null, null,
                        item.pkg().variables().size() + item.pkg().indicators().size());
            }
            IndahRecord<MsKeg> created = kegiatan.createDraft(item.producer(), item.submissionPeriod(), activity);
            int written = children.write(created, item.pkg());
            return done(index, item, ItemOutcome.CREATED, submitIfAsked(created, children), created.id(), written);
        }
        IndahRecord<MsKeg> record = kegiatan.get(existing.get().id());
        boolean changed = false;
        if (!kegiatan.holds(record, activity)) {
            requireEditable(record);
            if (!dryRun) {
                record = kegiatan.update(record.id(), activity);
            }
            changed = true;
        }
        int written = children.write(record, item.pkg());
        MetadataStatus before = record.statusValue();
        MetadataStatus after = dryRun ? before : submitIfAsked(record, children);
        boolean anything = changed || written > 0 || before != after;
        return done(index, item, anything ? ItemOutcome.UPDATED : ItemOutcome.UNCHANGED, after, record.id(), written);
    }

    private static void requireEditable(IndahRecord<MsKeg> record) {
        if (!record.statusValue().editable()) {
            throw new InvalidTransitionException(io.github.bpsconnector.core.error.ErrorContext.of("indah",
                    OPERATION), record.statusValue(), "MS-Keg " + record.id() + " is " + record.status()
                    + " and differs from the package; it can be changed only when DRAFT or CORRECTION_REQUIRED");
        }
    }

    private MetadataStatus submitIfAsked(IndahRecord<MsKeg> record, ChildReporter children) {
        if (!submit || !record.statusValue().editable()) {
            return record.statusValue();
        }
        MetadataStatus status = client.kegiatan().submit(record.id()).statusValue();
        children.submitAll(record.id());
        return status;
    }

    /** Confirms write intents a crash left open that this package's run has now settled. */
    private void reconcile(ReportItem item, Long msKegId, ChildReporter children) {
        List<JournalEntry> open = journal.openIntents().stream()
                .filter(e -> !e.operation().equals(OPERATION)).toList();
        if (open.isEmpty() || msKegId == null) {
            return;
        }
        java.util.Set<String> settled = new java.util.HashSet<>(children.naturalKeys(msKegId, item.pkg()));
        settled.add(KegiatanRecords.naturalKey(item.title(), item.submissionPeriod(), item.producer().id()));
        settled.add("MS-Keg|" + msKegId);
        for (JournalEntry entry : open) {
            if (settled.contains(entry.naturalKey())) {
                journal.confirm(entry.intentId(), Map.of("msKegId", String.valueOf(msKegId)),
                        "reconciled: the report of this package found the portal in the wanted state");
            }
        }
    }

    private ItemResult done(int index, ReportItem item, ItemOutcome outcome, MetadataStatus status, Long id,
            int written) {
        return new ItemResult(index, item.title(), outcome, null, null, List.of(), id, status, written, dryRun);
    }

    private ItemResult failed(int index, ReportItem item, FailureReason reason, String message,
            List<ValidationProblem> problems, Long id) {
        return new ItemResult(index, item.title(), ItemOutcome.FAILED, reason, message, problems, id, null, 0,
                dryRun);
    }

    private static FailureReason reason(PortalException e) {
        if (e instanceof InvalidTransitionException) {
            return FailureReason.NOT_EDITABLE;
        }
        if (e instanceof OutcomeUnknownException) {
            return FailureReason.OUTCOME_UNKNOWN;
        }
        if (e instanceof AuthenticationException) {
            return FailureReason.AUTHENTICATION;
        }
        if (e instanceof PortalChangedException) {
            return FailureReason.PORTAL_CHANGED;
        }
        if (e instanceof PortalRejectedException) {
            return FailureReason.REJECTED;
        }
        return e.retryable() ? FailureReason.UNAVAILABLE : FailureReason.REJECTED;
    }

    private static String message(FailureReason reason, PortalException e) {
        String what = switch (reason) {
            case NOT_EDITABLE -> "metadata sedang/sudah diperiksa dan tidak dapat diubah";
            case OUTCOME_UNKNOWN -> "hasil pengiriman tidak diketahui; jalankan ulang laporan untuk melanjutkan";
            case AUTHENTICATION -> "login INDAH ditolak atau kedaluwarsa";
            case PORTAL_CHANGED -> "jawaban INDAH tidak sesuai profil";
            case UNAVAILABLE -> "INDAH tidak dapat dihubungi; coba lagi nanti";
            default -> "INDAH menolak data";
        };
        return what + ": " + e.getMessage();
    }

    private String contentHash(ReportItem item) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((item.producer().id() + "|" + item.submissionPeriod() + "|" + submit + "|")
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(MetadataJson.write(item.pkg()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builds a {@link MetadataReporter}. Not thread-safe. */
    public static final class Builder {
        private final IndahClient client;
        private Journal journal;
        private int concurrency = 4;
        private boolean submit;
        private boolean dryRun;
        private ReportListener listener = new ReportListener() {
        };
        private PackageValidator validator = PackageValidator.structural()
                .and(PackageValidator.perban(MetadataValidator.defaults()));

        private Builder(IndahClient client) {
            this.client = Objects.requireNonNull(client, "client");
        }

        /** The journal of packages (give the client the same one to journal each write too); default none. */
        public Builder journal(Journal value) {
            journal = value;
            return this;
        }

        /**
         * How many MS-Var / MS-Ind of a package are sent at once (default 4, at least 1). The client's connection pool
         * bounds it too: with {@link io.github.bpsconnector.core.http.HttpSettings#defaults()} at most 4 requests go to
         * INDAH at once, so raise {@code poolMaxPerRoute} with it (measured in docs/PERFORMANCE.md, section 4).
         */
        public Builder concurrency(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("concurrency must be at least 1: " + value);
            }
            concurrency = value;
            return this;
        }

        /** Whether to submit each package after writing it (DRAFT → SUBMITTED, CORRECTION_REQUIRED → REVISED). */
        public Builder submit(boolean value) {
            submit = value;
            return this;
        }

        /** Only plan: look on INDAH and say what would be done, writing nothing (not even the journal). */
        public Builder dryRun(boolean value) {
            dryRun = value;
            return this;
        }

        /** Follows the progress (default: none). */
        public Builder listener(ReportListener value) {
            listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /**
         * The local validation (default: {@link PackageValidator#structural()} and
         * {@link PackageValidator#perban(MetadataValidator)} with today's date); the structural checks always run
         * first.
         */
        public Builder validator(PackageValidator value) {
            validator = PackageValidator.structural().and(Objects.requireNonNull(value, "validator"));
            return this;
        }

        /** The reporter. */
        public MetadataReporter build() {
            return new MetadataReporter(this);
        }
    }
}
