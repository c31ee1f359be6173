package io.github.bpsconnector.workflow.runner;

import static io.github.bpsconnector.workflow.tracking.StepIds.*;

import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.PortalException;
import io.github.bpsconnector.core.journal.Intent;
import io.github.bpsconnector.core.journal.Journal;
import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.core.file.TargetFolder;
import io.github.bpsconnector.metadata.AttachmentKind;
import io.github.bpsconnector.metadata.json.MetadataJson;
import io.github.bpsconnector.workflow.arsip.Arsip;
import io.github.bpsconnector.workflow.arsip.ArsipEntry;
import io.github.bpsconnector.workflow.arsip.DocumentKind;
import io.github.bpsconnector.workflow.arsip.KegiatanKey;
import io.github.bpsconnector.workflow.arsip.PortalId;
import io.github.bpsconnector.workflow.arsip.ReviewNote;
import io.github.bpsconnector.workflow.document.GeneratedDocument;
import io.github.bpsconnector.workflow.document.MetadataFormsPdf;
import io.github.bpsconnector.workflow.document.SuratKomitmenPdf;
import io.github.bpsconnector.workflow.internal.Sha256Hex;
import io.github.bpsconnector.workflow.journal.OpenIntentExistsException;
import io.github.bpsconnector.workflow.port.Attachment;
import io.github.bpsconnector.workflow.port.IndahPort;
import io.github.bpsconnector.workflow.port.IndahState;
import io.github.bpsconnector.workflow.port.LetterDownload;
import io.github.bpsconnector.workflow.port.PortalNote;
import io.github.bpsconnector.workflow.port.RomantikPort;
import io.github.bpsconnector.workflow.port.WalidataPort;
import io.github.bpsconnector.workflow.sop.Portal;
import io.github.bpsconnector.workflow.sop.Sop;
import io.github.bpsconnector.workflow.sop.SopStep;
import io.github.bpsconnector.workflow.sop.WorkingDayCalendar;
import io.github.bpsconnector.workflow.tracking.CaseState;
import io.github.bpsconnector.workflow.tracking.CaseTracker;
import io.github.bpsconnector.workflow.tracking.KegiatanCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives a kegiatan through SOP steps 1–11 with the Romantik and INDAH ports.
 *
 * <pre>{@code
 * SopRunner runner = SopRunner.builder(romantikPort, indahPort, journal, arsip, workDir)
 *         .walidata(walidataPort)          // optional: do step 3 as the Walidata
 *         .clock(clock).build();
 * StepOutcome outcome = runner.advance(kegiatan);  // WAITING / RETURNED / STOPPED / FINISHED / FAILED
 * }</pre>
 *
 * <p>{@link #advance} rebuilds the case from the portals and the journal ({@link CaseTracker}), does the step the
 * library can do, rebuilds again and goes on until a step is someone else's. The library does step 1 (the
 * pengajuan's draft), 2 (submit; after "belum memenuhi", resubmit once the package changed), 3 (only with a
 * {@link WalidataPort}: the duplication check, then approve or return with catatan), 6 (download the Surat
 * Rekomendasi, draw up the Surat Komitmen), 7 (upload it), 8 (hand the package over: into the arsip), 9 (report on
 * INDAH; after a correction request, again once the package changed) and 11 (publish, when the INDAH port may).
 *
 * <p>Each step is journaled as an intent (operation {@code sop.<step id>}, the kegiatan's natural key), claimed
 * before it runs, and idempotent: the step is chosen from the portals' current state, so an effect already there
 * is never done again, and the ports' writes are check-then-act themselves. After a crash a new runner on the same
 * journal and arsip resumes the open intent. Every document and decision goes into the {@link Arsip}.
 *
 * <p>When it first acts on a kegiatan, and again whenever they change (a corrected package after a return), the
 * runner keeps the kegiatan's inputs in the arsip ({@link DocumentKind#PAKET_MASUKAN}, the supporting files and
 * {@link DocumentKind#DATA_PRODUSEN}), so that a runner that knows only the kegiatan's key can go on with
 * {@link #resume(KegiatanKey)} and redo any step, the Surat Komitmen's too.
 */
public final class SopRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SopRunner.class);
    private static final int MAX_STEPS_PER_CALL = 20;

    private final RomantikPort romantik;
    private final IndahPort indah;
    private final WalidataPort walidata;
    private final Journal journal;
    private final Arsip arsip;
    private final Path workDir;
    private final CaseTracker tracker;
    private final SuratKomitmenPdf komitmen;
    private final RunnerListener listener;
    private final String claimant;
    private final Duration lease;

    private SopRunner(Builder b) {
        this.romantik = b.romantik;
        this.indah = b.indah;
        this.walidata = b.walidata;
        this.journal = b.journal;
        this.arsip = b.arsip;
        this.workDir = b.workDir;
        this.tracker = new CaseTracker(b.sop, b.calendar, b.journal, b.clock, b.romantik, b.indah);
        this.komitmen = b.komitmen;
        this.listener = b.listener;
        this.claimant = b.claimant;
        this.lease = b.lease;
    }

    /**
     * A builder over these ports, journal and arsip.
     *
     * @param workDir where downloads and rendered documents are written before they go into the arsip
     */
    public static Builder builder(RomantikPort romantik, IndahPort indah, Journal journal, Arsip arsip,
            Path workDir) {
        return new Builder(romantik, indah, journal, arsip, workDir);
    }

    /** The tracker this runner rebuilds cases with (e.g. to show a case without advancing it). */
    public CaseTracker tracker() {
        return tracker;
    }

    /** Where the kegiatan stands, rebuilt from the portals and the journal; nothing is done. */
    public KegiatanCase status(KegiatanKey key) {
        return tracker.rebuild(key);
    }

    /**
     * Does every step the library can do for the kegiatan, in order, and returns where it had to stop. Never
     * blocks on a reviewer: a step that waits on one ends the call.
     *
     * @return why it stopped, the case, and the steps done
     */
    public StepOutcome advance(Kegiatan kegiatan) {
        Objects.requireNonNull(kegiatan, "kegiatan");
        List<SopStep> done = new ArrayList<>();
        KegiatanCase current = null;
        try {
            for (int i = 0; i < MAX_STEPS_PER_CALL; i++) {
                current = tracker.rebuild(kegiatan.key());
                if (i == 0) {
                    keepInputs(kegiatan, current);
                }
                settleStaleIntents(kegiatan.key(), current);
                Optional<StepOutcome.Kind> stop = stopOrDo(kegiatan, current);
                if (stop.isPresent()) {
                    return new StepOutcome(stop.get(), current, done, Optional.empty());
                }
                done.add(current.step());
            }
            throw new IllegalStateException("more than " + MAX_STEPS_PER_CALL + " steps in one call");
        } catch (StepFailedException e) {
            LOG.warn("{}", e.getMessage());
            return new StepOutcome(StepOutcome.Kind.FAILED, current, done, Optional.of(e.getCause() instanceof
                    RuntimeException r ? r : e));
        } catch (PortalException e) {
            if (current == null) {
                throw e;
            }
            LOG.warn("SOP step {} of {} failed: {}", current.step().number(), kegiatan.key().title(), e.getMessage());
            return new StepOutcome(StepOutcome.Kind.FAILED, current, done, Optional.of(e));
        }
    }

    /**
     * Goes on with a kegiatan after a crash, knowing only its key: confirms the open intents of steps whose effect
     * is on the portals, then {@linkplain #advance advances} the kegiatan as its inputs were last kept in the arsip
     * ({@link Kegiatan#fromArsip}), redoing the step it stands at if a crash left it open.
     *
     * @return as {@link #advance}
     * @throws InputsNotKeptException if the arsip holds no inputs of the kegiatan (the stale intents are settled)
     * @throws UncheckedIOException   if the arsip cannot be read
     * @throws PortalException        if the case cannot be rebuilt from the portals
     */
    public StepOutcome resume(KegiatanKey key) {
        settle(key);
        Optional<Kegiatan> kegiatan;
        try {
            kegiatan = Kegiatan.fromArsip(arsip, key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return advance(kegiatan.orElseThrow(() -> new InputsNotKeptException(key)));
    }

    /**
     * Confirms the open intents of the steps the kegiatan has left (a crash came after their action and before
     * their outcome, and the portals show the effect); does nothing else. {@link #advance} and {@link #resume} do
     * this first themselves.
     *
     * @return the case, rebuilt from the portals and the journal before settling
     * @throws PortalException if the case cannot be rebuilt from the portals
     */
    public KegiatanCase settle(KegiatanKey key) {
        KegiatanCase current = tracker.rebuild(Objects.requireNonNull(key, "key"));
        settleStaleIntents(key, current);
        return current;
    }

    /** Keeps the kegiatan's inputs in the arsip (a new version only when they changed), so that {@link #resume} can. */
    private void keepInputs(Kegiatan kegiatan, KegiatanCase c) {
        try {
            KegiatanInputs.keep(arsip, kegiatan);
        } catch (IOException e) {
            throw new StepFailedException(c.step(), new UncheckedIOException(e));
        }
    }

    /** Performs the current step if the library can; else says why it stops. */
    private Optional<StepOutcome.Kind> stopOrDo(Kegiatan kegiatan, KegiatanCase c) {
        if (c.state() == CaseState.STOPPED) {
            return Optional.of(StepOutcome.Kind.STOPPED);
        }
        if (c.state() == CaseState.FINISHED) {
            return Optional.of(StepOutcome.Kind.FINISHED);
        }
        String id = c.step().id();
        switch (id) {
            case DAFTAR_KEGIATAN -> perform(kegiatan, c, Map.of(), () -> Map.of("pengajuanId",
                    Long.toString(romantik.createDraft(kegiatan.metadata()))));
            case AJUKAN_REKOMENDASI -> {
                if (c.state() == CaseState.RETURNED && !recordCatatanAndCheckChanged(kegiatan, c)) {
                    return Optional.of(StepOutcome.Kind.RETURNED);
                }
                submit(kegiatan, c);
            }
            case PERIKSA_WALIDATA -> {
                if (walidata == null) {
                    return Optional.of(StepOutcome.Kind.WAITING);
                }
                checkAsWalidata(kegiatan, c);
            }
            case SUSUN_SURAT_KOMITMEN -> perform(kegiatan, c, Map.of(), () -> drawUpKomitmen(kegiatan, c));
            case UNGGAH_SURAT_KOMITMEN -> perform(kegiatan, c, Map.of(), () -> uploadKomitmen(kegiatan, c));
            case LAPORKAN_KE_WALIDATA -> perform(kegiatan, c, Map.of(), () -> handOver(kegiatan, c));
            case LAPORKAN_KE_INDAH -> {
                if (c.state() == CaseState.RETURNED && !recordCatatanAndCheckChanged(kegiatan, c)) {
                    return Optional.of(StepOutcome.Kind.RETURNED);
                }
                perform(kegiatan, c, Map.of("packageSha256", packageHash(kegiatan)), () -> report(kegiatan));
            }
            case PUBLIKASIKAN_METADATA -> {
                if (!indah.canPublish()) {
                    return Optional.of(StepOutcome.Kind.WAITING);
                }
                perform(kegiatan, c, Map.of(), () -> {
                    indah.publish(c.documents().msKegId());
                    return Map.of("msKegId", Long.toString(c.documents().msKegId()));
                });
            }
            default -> {
                return Optional.of(StepOutcome.Kind.WAITING);
            }
        }
        return Optional.empty();
    }

    // --- the steps ---

    private void submit(Kegiatan kegiatan, KegiatanCase c) {
        perform(kegiatan, c, Map.of("packageSha256", packageHash(kegiatan)), () -> {
            List<Attachment> files = new ArrayList<>(kegiatan.files());
            files.add(new Attachment(AttachmentKind.MS_VAR, keepForm(kegiatan, DocumentKind.MS_VAR,
                    MetadataFormsPdf.renderMsVar(kegiatan.metadata()), "MS-Var.pdf")));
            files.add(new Attachment(AttachmentKind.MS_IND, keepForm(kegiatan, DocumentKind.MS_IND,
                    MetadataFormsPdf.renderMsInd(kegiatan.metadata()), "MS-Ind.pdf")));
            for (Attachment file : kegiatan.files()) {
                arsip.store(kegiatan.key(), KegiatanInputs.documentKind(file.kind()), "sop:ajukan-rekomendasi/berkas",
                        file.pdf());
            }
            long id;
            if (c.state() == CaseState.RETURNED) {
                id = c.documents().pengajuanId();
                romantik.revise(id, kegiatan.metadata(), files);
            } else {
                id = romantik.submit(kegiatan.metadata(), files);
            }
            return Map.of("pengajuanId", Long.toString(id));
        });
    }

    private void checkAsWalidata(Kegiatan kegiatan, KegiatanCase c) {
        perform(kegiatan, c, Map.of(), () -> {
            long id = c.documents().pengajuanId();
            List<String> alike = walidata.duplicates(id);
            String decision;
            if (alike.isEmpty()) {
                decision = "disetujui";
                walidata.approve(id, "Lengkap dan sesuai; tidak ditemukan kegiatan serupa.");
            } else {
                decision = "ditolak";
                walidata.reject(id, "Belum memenuhi: kemungkinan duplikasi dengan kegiatan " + String.join("; ",
                        alike) + ". Mohon jelaskan perbedaannya atau sesuaikan judul dan cakupan.");
            }
            return Map.of("pengajuanId", Long.toString(id), "keputusan", decision);
        });
    }

    private Map<String, String> drawUpKomitmen(Kegiatan kegiatan, KegiatanCase c) throws IOException {
        long id = c.documents().pengajuanId();
        Path folder = Files.createDirectories(caseDir(kegiatan).resolve("surat-rekomendasi"));
        LetterDownload letter = romantik.downloadSuratRekomendasi(id, folder);
        ArsipEntry stored = arsip.store(kegiatan.key(), DocumentKind.SURAT_REKOMENDASI,
                "romantik:pengajuan/" + id + "/surat-rekomendasi", letter.file());
        byte[] pdf = komitmen.render(letter.letter(), kegiatan.producer());
        ArsipEntry draft = arsip.store(kegiatan.key(), DocumentKind.SURAT_KOMITMEN_DRAFT,
                "sop:susun-surat-komitmen", komitmenFileName(letter), pdf);
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("pengajuanId", Long.toString(id));
        ids.put("nomorSuratRekomendasi", letter.letter().letterNumber());
        ids.put("identitasRekomendasi", letter.letter().recommendationId());
        ids.put("suratRekomendasiSha256", stored.sha256());
        ids.put("suratKomitmenSha256", draft.sha256());
        ids.put("suratKomitmenArsip", draft.file());
        return ids;
    }

    private Map<String, String> uploadKomitmen(Kegiatan kegiatan, KegiatanCase c) throws IOException {
        long id = c.documents().pengajuanId();
        String arsipFile = tracker.confirmed(SUSUN_SURAT_KOMITMEN, CaseTracker.naturalKey(kegiatan.key()))
                .flatMap(JournalEntry::outcome).map(o -> o.portalIds().get("suratKomitmenArsip"))
                .orElseThrow(() -> new IllegalStateException("the Surat Komitmen drawn up is not in the journal"));
        ArsipEntry draft = arsip.entries(kegiatan.key()).stream().filter(e -> e.file().equals(arsipFile))
                .findFirst().orElseThrow(() -> new IllegalStateException("the Surat Komitmen " + arsipFile
                        + " is missing from the arsip"));
        Path upload = Files.createDirectories(caseDir(kegiatan).resolve("surat-komitmen"))
                .resolve(draft.file().substring(draft.file().indexOf('-') + 1));
        if (!Files.exists(upload)) {
            Files.copy(arsip.path(kegiatan.key(), draft), upload);
        }
        romantik.uploadSuratKomitmen(id, upload);
        arsip.store(kegiatan.key(), DocumentKind.SURAT_KOMITMEN, "romantik:pengajuan/" + id + "/surat-komitmen",
                upload);
        return Map.of("pengajuanId", Long.toString(id), "suratKomitmenSha256", draft.sha256());
    }

    private Map<String, String> handOver(Kegiatan kegiatan, KegiatanCase c) throws IOException {
        ArsipEntry entry = arsip.store(kegiatan.key(), DocumentKind.MS_KEG, "sop:laporkan-ke-walidata",
                "paket-metadata.json", MetadataJson.write(kegiatan.metadata()).getBytes(StandardCharsets.UTF_8));
        arsip.record(kegiatan.key(), DocumentKind.LAINNYA, "sop:laporkan-ke-walidata/serah-terima", Map.of(
                "paketSha256", entry.sha256(), "identitasRekomendasi", c.documents().identitasRekomendasi(),
                "nomorSuratRekomendasi", c.documents().nomorSuratRekomendasi(), "msVar",
                kegiatan.metadata().variables().size(), "msInd", kegiatan.metadata().indicators().size()));
        return Map.of("packageSha256", entry.sha256());
    }

    private Map<String, String> report(Kegiatan kegiatan) throws IOException {
        long msKegId = indah.report(kegiatan.key(), kegiatan.metadata());
        KegiatanKey reported = new KegiatanKey(kegiatan.metadata().activity().title(), kegiatan.key().year(),
                kegiatan.key().institution());
        IndahState state = indah.find(reported).orElseThrow(() -> new IllegalStateException(
                "INDAH does not show the MS-Keg " + msKegId + " just reported"));
        arsip.recordPortalId(kegiatan.key(), "indah:ms-keg/" + msKegId,
                new PortalId(Portal.INDAH, "ms_keg", Long.toString(msKegId)));
        for (long id : state.msVarIds()) {
            arsip.recordPortalId(kegiatan.key(), "indah:ms-var/" + id,
                    new PortalId(Portal.INDAH, "ms_var", Long.toString(id)));
        }
        for (long id : state.msIndIds()) {
            arsip.recordPortalId(kegiatan.key(), "indah:ms-ind/" + id,
                    new PortalId(Portal.INDAH, "ms_ind", Long.toString(id)));
        }
        return Map.of("msKegId", Long.toString(msKegId));
    }

    /**
     * Keeps the returning reviewer's catatan in the arsip and says whether the package changed since the step
     * last sent it (only a changed package is sent again).
     */
    private boolean recordCatatanAndCheckChanged(Kegiatan kegiatan, KegiatanCase c) {
        Optional<PortalNote> note = c.returnNote();
        SopStep from = c.returnedFrom().orElseThrow();
        try {
            if (note.isPresent()) {
                String portal = from.portal() == Portal.INDAH ? "indah" : "romantik";
                arsip.recordReview(kegiatan.key(), portal + ":catatan/langkah-" + from.number(), new ReviewNote(
                        note.get().reviewer(), from.number(), note.get().decision(), note.get().note(), null));
            }
        } catch (IOException e) {
            throw new StepFailedException(c.step(), new UncheckedIOException(e));
        }
        Optional<String> sent = tracker.confirmed(c.step().id(), CaseTracker.naturalKey(kegiatan.key()))
                .map(e -> e.attributes().get("packageSha256"));
        return sent.isEmpty() || !sent.get().equals(packageHash(kegiatan));
    }

    // --- journal and plumbing ---

    /** A step's work, returning the portal ids to journal. */
    @FunctionalInterface
    private interface Action {
        Map<String, String> run() throws IOException;
    }

    private void perform(Kegiatan kegiatan, KegiatanCase c, Map<String, String> attributes, Action action) {
        SopStep step = c.step();
        String intentId = openIntent(kegiatan, step, attributes);
        journal.recordAttempt(intentId);
        Map<String, String> ids;
        try {
            ids = action.run();
        } catch (PortalException e) {
            if (e.delivery() == Delivery.OUTCOME_UNKNOWN) {
                journal.markUnknown(intentId, "outcome unknown: " + e.getClass().getSimpleName());
            } else {
                journal.fail(intentId, e.getClass().getSimpleName() + ": " + clip(e.getMessage()));
            }
            journal.release(intentId, claimant);
            throw new StepFailedException(step, e);
        } catch (IOException e) {
            journal.fail(intentId, "IOException: " + clip(e.getMessage()));
            throw new StepFailedException(step, new UncheckedIOException(e));
        }
        listener.actionDone(kegiatan.key(), step);
        journal.confirm(intentId, ids, "langkah " + step.number() + " selesai");
        LOG.info("SOP step {} ({}) done for {}", step.number(), step.id(), kegiatan.key().title());
        listener.stepDone(kegiatan.key(), step);
    }

    /**
     * Confirms the open intents of steps the kegiatan has left: a runner crashed after their action and before
     * their outcome, and the portals show the effect (the kegiatan moved on).
     */
    private void settleStaleIntents(KegiatanKey key, KegiatanCase c) {
        String naturalKey = CaseTracker.naturalKey(key);
        String current = operation(c.step().id());
        for (JournalEntry entry : journal.openIntents()) {
            if (entry.naturalKey().equals(naturalKey) && entry.operation().startsWith("sop.")
                    && !entry.operation().equals(current) && !entry.operation().equals(CaseTracker.OBSERVED)
                    && journal.claim(entry.intentId(), claimant, lease)) {
                journal.confirm(entry.intentId(), Map.of(), "effect found on the portal at step "
                        + c.step().number());
                LOG.info("{} of {} was done before a crash; its effect is on the portal", entry.operation(),
                        key.title());
            }
        }
    }

    /** Resumes the step's open intent (claiming it) or begins a new one. */
    private String openIntent(Kegiatan kegiatan, SopStep step, Map<String, String> attributes) {
        String operation = operation(step.id());
        String naturalKey = CaseTracker.naturalKey(kegiatan.key());
        Optional<JournalEntry> latest = journal.latest(operation, naturalKey);
        String intentId;
        if (latest.isPresent() && latest.get().isOpen()) {
            intentId = latest.get().intentId();
        } else {
            Intent intent = Intent.of(operation, portalName(step), naturalKey);
            for (Map.Entry<String, String> attribute : attributes.entrySet()) {
                intent = intent.withAttribute(attribute.getKey(), attribute.getValue());
            }
            try {
                intentId = journal.begin(intent).intentId();
            } catch (OpenIntentExistsException e) {
                intentId = e.openIntentId();
            }
        }
        if (!journal.claim(intentId, claimant, lease)) {
            throw new StepFailedException(step, new StepInProgressException(step, intentId));
        }
        return intentId;
    }

    private Path keepForm(Kegiatan kegiatan, DocumentKind kind, byte[] pdf, String name) throws IOException {
        ArsipEntry entry = arsip.store(kegiatan.key(), kind, "sop:ajukan-rekomendasi/" + kind.slug(), name, pdf);
        Path sent = Files.createDirectories(caseDir(kegiatan).resolve("blok-ix")).resolve(name);
        Path temp = Files.createTempFile(sent.getParent(), ".form-", ".tmp");
        Files.write(temp, pdf);
        Files.move(temp, sent, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        LOG.debug("{} kept as {}", name, entry.file());
        return sent;
    }

    private Path caseDir(Kegiatan kegiatan) throws IOException {
        return Files.createDirectories(workDir.resolve(kegiatan.key().folderName()));
    }

    private static String komitmenFileName(LetterDownload letter) {
        return "Surat-Komitmen-" + letter.letter().recommendationId() + ".pdf";
    }

    private static String packageHash(Kegiatan kegiatan) {
        return Sha256Hex.of(MetadataJson.write(kegiatan.metadata()).getBytes(StandardCharsets.UTF_8));
    }

    private static String portalName(SopStep step) {
        return switch (step.portal()) {
            case ROMANTIK -> "romantik";
            case INDAH -> "indah";
            case NONE -> "workflow";
        };
    }

    private static String clip(String message) {
        String text = message == null ? "" : message;
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    @Override
    public String toString() {
        return "SopRunner[" + tracker.sop().code() + ", walidata=" + (walidata != null) + "]";
    }

    /** Builds a {@link SopRunner}. Not thread-safe. */
    public static final class Builder {
        private final RomantikPort romantik;
        private final IndahPort indah;
        private final Journal journal;
        private final Arsip arsip;
        private final Path workDir;
        private WalidataPort walidata;
        private Sop sop = Sop.bundled();
        private WorkingDayCalendar calendar = WorkingDayCalendar.indonesia();
        private Clock clock = Clock.systemUTC();
        private SuratKomitmenPdf komitmen = SuratKomitmenPdf.standard();
        private RunnerListener listener = RunnerListener.NONE;
        private String claimant = "sop-runner@" + ManagementFactory.getRuntimeMXBean().getName();
        private Duration lease = Duration.ofMinutes(10);

        private Builder(RomantikPort romantik, IndahPort indah, Journal journal, Arsip arsip, Path workDir) {
            this.romantik = Objects.requireNonNull(romantik, "romantik");
            this.indah = Objects.requireNonNull(indah, "indah");
            this.journal = Objects.requireNonNull(journal, "journal");
            this.arsip = Objects.requireNonNull(arsip, "arsip");
            this.workDir = Objects.requireNonNull(workDir, "workDir");
        }

        /** Does step 3 as the Walidata through this port (else the runner waits on the Walidata). */
        public Builder walidata(WalidataPort value) {
            this.walidata = value;
            return this;
        }

        /** The SOP (default: the bundled one). */
        public Builder sop(Sop value) {
            this.sop = Objects.requireNonNull(value, "sop");
            return this;
        }

        /** The calendar for deadlines (default: {@link WorkingDayCalendar#indonesia()}). */
        public Builder calendar(WorkingDayCalendar value) {
            this.calendar = Objects.requireNonNull(value, "calendar");
            return this;
        }

        /** The clock deciding "now" (default: the system clock). */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The Surat Komitmen's wording (default: {@link SuratKomitmenPdf#standard()}). */
        public Builder suratKomitmen(SuratKomitmenPdf value) {
            this.komitmen = Objects.requireNonNull(value, "suratKomitmen");
            return this;
        }

        /** Told about every step (default: nobody). */
        public Builder listener(RunnerListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /** Who claims the journal's intents (default: {@code sop-runner@<pid>@<host>}) and for how long. */
        public Builder claimant(String value, Duration leaseTime) {
            this.claimant = Objects.requireNonNull(value, "claimant");
            this.lease = Objects.requireNonNull(leaseTime, "lease");
            return this;
        }

        /** The runner. */
        public SopRunner build() {
            return new SopRunner(this);
        }
    }
}
