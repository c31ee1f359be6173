package io.github.bpsconnector.romantik;

import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalRejectedException;
import io.github.bpsconnector.core.file.Download;
import io.github.bpsconnector.core.file.FileDownloader;
import io.github.bpsconnector.core.file.FileType;
import io.github.bpsconnector.core.file.UploadFile;
import io.github.bpsconnector.core.http.HttpSettings;
import io.github.bpsconnector.core.http.PortalHttpClient;
import io.github.bpsconnector.core.journal.Intent;
import io.github.bpsconnector.core.journal.Journal;
import io.github.bpsconnector.core.journal.WriteSettling;
import io.github.bpsconnector.core.resilience.ResilienceSettings;
import io.github.bpsconnector.core.session.Authenticator;
import io.github.bpsconnector.core.session.CredentialsProvider;
import io.github.bpsconnector.core.session.Session;
import io.github.bpsconnector.core.session.SessionManager;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.rules.MetadataValidator;
import io.github.bpsconnector.romantik.letter.SuratRekomendasiParser;
import io.github.bpsconnector.romantik.login.FormLogin;
import io.github.bpsconnector.romantik.login.ImportedSession;
import io.github.bpsconnector.romantik.login.SsoLogin;
import io.github.bpsconnector.romantik.page.HomePageParser;
import io.github.bpsconnector.romantik.page.PageSnapshots;
import io.github.bpsconnector.romantik.page.PengajuanDetailParser;
import io.github.bpsconnector.romantik.page.PengajuanListParser;
import io.github.bpsconnector.romantik.page.ProfilePageParser;
import io.github.bpsconnector.romantik.page.PublicPagesParser;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hc.core5.net.URIBuilder;

/**
 * The Romantik portal for one account, as typed operations over its HTML pages (HttpClient 5 + jsoup): the flow of
 * BPS's 2023 user guide for the Produsen Data, the Walidata's checks ({@link #walidata()}), and the public list of
 * issued recommendations. Built by {@link #builder()} with a {@link RomantikProfile}; thread-safe; close it to
 * release its connections.
 *
 * <pre>{@code
 * try (RomantikClient romantik = RomantikClient.builder()
 *         .credentials(CredentialsProvider.fromEnvironment("romantik"))   // the PST account, via SSO
 *         .journal(FileJournal.openDefault())
 *         .build()) {
 *     long id = romantik.submit(pkg, SupportingFiles.fromPackage(pkg, folder));
 *     PengajuanDetail detail = romantik.detail(id);
 * }
 * }</pre>
 *
 * <p>Every state-changing operation is idempotent by check-then-act: {@link #submit} finds an existing pengajuan
 * by its natural key (judul + tahun + instansi) instead of creating a second one, and after an unknown outcome
 * (a lost answer) each step looks on the portal before it sends again. Page mismatches are
 * {@link io.github.bpsconnector.core.error.PortalChangedException}s naming the profile selector, with a redacted
 * snapshot of the page when a snapshot folder is set.
 */
public final class RomantikClient implements AutoCloseable {

    /** Asia/Jakarta: the day of filling for the no-backdate rule. */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private static final Set<PengajuanStatus> EDITABLE = EnumSet.of(PengajuanStatus.DRAFT,
            PengajuanStatus.RETURNED_BY_WALIDATA, PengajuanStatus.REVISION_REQUIRED);

    private final RomantikProfile profile;
    private final LoginMode loginMode;
    private final PortalHttpClient transport;
    private final boolean ownsTransport;
    private final SessionManager sessions;
    private final RomantikWeb web;
    private final StatusNormalizer statuses;
    private final WriteGuard guard;
    private final PengajuanForms forms;
    private final Clock clock;
    private final List<SubmissionCheck> checks;
    private final ConcurrentHashMap<String, Object> keyLocks = new ConcurrentHashMap<>();
    private final WalidataOperations walidata;

    private RomantikClient(Builder b, LoginMode mode, PortalHttpClient transport, boolean ownsTransport) {
        this.profile = b.profile;
        this.loginMode = mode;
        this.transport = transport;
        this.ownsTransport = ownsTransport;
        PageSnapshots snapshots = b.snapshotFolder == null ? PageSnapshots.none() : PageSnapshots.into(b.snapshotFolder);
        Authenticator authenticator = switch (mode) {
            case SSO -> new SsoLogin(transport, profile, b.credentials, snapshots);
            case FORM -> new FormLogin(transport, profile, b.credentials, snapshots);
            case IMPORTED_SESSION -> ImportedSession.authenticator();
        };
        SessionManager.Builder sessionBuilder = SessionManager.builder("romantik", authenticator);
        if (b.initialSession != null) {
            sessionBuilder.initialSession(b.initialSession);
        }
        this.sessions = sessionBuilder.build();
        this.web = new RomantikWeb(transport, profile, sessions, snapshots);
        this.statuses = new StatusNormalizer(profile);
        this.guard = new WriteGuard(b.journal, WriteSettling.of(b.clock, b.settleTime != null
                ? b.settleTime : WriteSettling.defaultSettleTime(b.httpSettings.responseTimeout())));
        this.forms = new PengajuanForms(web, guard);
        this.clock = b.clock;
        List<SubmissionCheck> all = new ArrayList<>();
        all.add(new MetadataRulesCheck(b.validator != null ? b.validator
                : MetadataValidator.builder().clock(b.clock.withZone(WIB)).build()));
        all.addAll(b.checks);
        this.checks = List.copyOf(all);
        this.walidata = new WalidataOperations(web, statuses, guard);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The profile in use. */
    public RomantikProfile profile() {
        return profile;
    }

    /** The login mode in use. */
    public LoginMode loginMode() {
        return loginMode;
    }

    /** The current session (logging in if there is none); for saving it with {@code SessionStore}. */
    public Session session() {
        return sessions.current();
    }

    // --- home and profile ---

    /** Who is logged in (the home page); logs in first if needed. */
    public AccountInfo account() {
        return HomePageParser.parse(web.get("beranda", profile.uri("home")));
    }

    /** The user's Romantik profile: tingkat instansi, wilayah, instansi and the choices offered. */
    public ProfileInfo userProfile() {
        return ProfilePageParser.parse(web.get("profil", profile.uri("profil")));
    }

    /**
     * Sets tingkat instansi, wilayah and instansi (the form of a pengajuan takes Blok I and R.2.1 from them).
     *
     * @throws PortalRejectedException if the portal refuses a value (with its field messages)
     */
    public void updateUserProfile(ProfileUpdate update) {
        Objects.requireNonNull(update, "update");
        guard.idempotent("profil.simpan", () -> web.submitForm("profil.simpan", profile.uri("profil"),
                "profil.form", form -> {
                    var filled = form.with(profile.field("profil.tingkat"), update.tingkatInstansi())
                            .with(profile.field("profil.wilayah"), update.wilayah() == null ? "" : update.wilayah())
                            .with(profile.field("profil.instansi"), update.instansiId());
                    return update.noHp() == null ? filled : filled.with(profile.field("profil.noHp"), update.noHp());
                }));
    }

    // --- the producer's pengajuan ---

    /**
     * The producer's "Daftar Pengajuan", fetched page by page as it is read.
     *
     * @param tahun only this year, or {@code null} for all
     */
    public PagedList<PengajuanSummary> list(Integer tahun) {
        URIBuilder first = new URIBuilder(profile.uri("pengajuanList"));
        if (tahun != null) {
            first.addParameter(profile.field("list.tahun"), tahun.toString());
        }
        return new PagedList<>(build(first), page -> PengajuanListParser.parseProducerList(
                web.get("pengajuan.daftar", page), statuses), profile.maxListPages(), "pengajuan.daftar");
    }

    /** The producer's pengajuan with this title (compared without case and extra spaces) and year, if any. */
    public Optional<PengajuanSummary> find(String judul, int tahun) {
        String wanted = normalizeTitle(judul);
        return list(tahun).stream().filter(row -> row.tahun() == tahun && normalizeTitle(row.judul()).equals(wanted))
                .filter(row -> row.status() != PengajuanStatus.CANCELLED).findFirst();
    }

    /** The detail of a pengajuan: the three raw status columns, the normalized status, the catatan, what is next. */
    public PengajuanDetail detail(long id) {
        return PengajuanDetailParser.parse(web.get("pengajuan.detail", profile.uri("pengajuanDetail", id)), statuses);
    }

    /**
     * Creates the draft of {@code pkg}'s MS-Keg (Blok 0: judul, tahun, cara pengumpulan data), or finds the one
     * that already has its natural key (judul + tahun + instansi).
     *
     * @return the pengajuan id
     * @throws LocalCheckException when the account's profile has no instansi yet (nothing is sent)
     */
    public long createDraft(MetadataPackage pkg) {
        MsKeg activity = requireIdentity(pkg);
        String instansi = requireInstansi("pengajuan.buat");
        return createOrFind(activity, instansi);
    }

    /**
     * Saves every block of the form from {@code pkg}'s MS-Keg (Blok 0–8, in the portal's order), e.g. to edit a
     * draft or a pengajuan the Walidata rejected or the Pembina Data returned with correction notes.
     */
    public void fillBlocks(long id, MetadataPackage pkg) {
        requireIdentity(pkg);
        forms.fillBlocks(id, pkg);
    }

    /**
     * Uploads Blok IX files not on the pengajuan yet (same kind and file name). Each file is checked first (a PDF,
     * within the profile's size limit); a bad one stops the call before anything is sent.
     */
    public void attach(long id, SupportingFiles files) {
        forms.attach(id, PengajuanForms.check(files, profile.maxBerkasBytes()));
    }

    /** The Blok IX files on the pengajuan. */
    public List<AttachedFile> attachedFiles(long id) {
        return forms.attachedFiles(id);
    }

    /**
     * Sends the pengajuan ("Kirim Formulir") after the local checks of {@code pkg} pass; does nothing when it is
     * already sent (status not DRAFT, RETURNED_BY_WALIDATA or REVISION_REQUIRED).
     *
     * @throws LocalCheckException when a local check fails (nothing is sent)
     * @throws PortalRejectedException when the portal refuses (e.g. no KAK)
     */
    public void send(long id, MetadataPackage pkg) {
        runChecks("pengajuan.kirim", pkg);
        sendChecked(id);
    }

    /**
     * The whole step 2 of the SOP, idempotent: local checks and file checks (before any request), then the
     * pengajuan with the package's natural key is found or created, its blocks saved, its files attached and it is
     * sent. Submitting the same package again, or after an unknown outcome, continues the same pengajuan; one
     * already sent is left as it is.
     *
     * @return the pengajuan id
     */
    public long submit(MetadataPackage pkg, SupportingFiles files) {
        MsKeg activity = requireIdentity(pkg);
        runChecks("pengajuan.ajukan", pkg);
        List<PengajuanForms.Attachment> attachments = PengajuanForms.check(files, profile.maxBerkasBytes());
        String instansi = requireInstansi("pengajuan.ajukan");
        Intent intent = Intent.of("romantik.pengajuan.ajukan", "romantik", naturalKey(activity, instansi));
        return guard.journaled(intent, () -> {
            long id = createOrFind(activity, instansi);
            if (EDITABLE.contains(detail(id).status())) {
                forms.fillBlocks(id, pkg);
                forms.attach(id, attachments);
                sendChecked(id);
            }
            return id;
        }, id -> Map.of("pengajuanId", Long.toString(id)));
    }

    /**
     * Edits a pengajuan and sends it again: after a Walidata rejection, or after the Pembina Data's correction
     * notes. Local checks and file checks run first.
     */
    public void revise(long id, MetadataPackage pkg, SupportingFiles files) {
        requireIdentity(pkg);
        runChecks("pengajuan.perbaiki", pkg);
        List<PengajuanForms.Attachment> attachments = PengajuanForms.check(files, profile.maxBerkasBytes());
        guard.journaled(Intent.of("romantik.pengajuan.perbaiki", "romantik", idKey(id)), () -> {
            forms.fillBlocks(id, pkg);
            forms.attach(id, attachments);
            sendChecked(id);
            return id;
        }, done -> Map.of("pengajuanId", Long.toString(done)));
    }

    /** Deletes a draft never sent; nothing happens if it is gone already. */
    public void delete(long id) {
        Optional<PengajuanDetail> current = findDetail(id);
        if (current.isEmpty()) {
            return;
        }
        requireAllowed(current.get().deletable(), "pengajuan.hapus", current.get());
        guard.journaled(Intent.of("romantik.pengajuan.hapus", "romantik", idKey(id)), () -> {
            guard.once("pengajuan.hapus", () -> findDetail(id).isEmpty(), () -> web.submitForm("pengajuan.hapus",
                    profile.uri("pengajuanDetail", id), "detail.hapusForm", form -> form));
            return id;
        }, done -> Map.of("pengajuanId", Long.toString(done)));
    }

    /** Cancels a sent pengajuan; nothing happens if it is cancelled already. */
    public void cancel(long id) {
        PengajuanDetail current = detail(id);
        if (current.status() == PengajuanStatus.CANCELLED) {
            return;
        }
        requireAllowed(current.cancellable(), "pengajuan.batalkan", current);
        guard.journaled(Intent.of("romantik.pengajuan.batalkan", "romantik", idKey(id)), () -> {
            guard.once("pengajuan.batalkan", () -> detail(id).status() == PengajuanStatus.CANCELLED,
                    () -> web.submitForm("pengajuan.batalkan", profile.uri("pengajuanDetail", id),
                            "detail.batalkanForm", form -> form));
            return id;
        }, done -> Map.of("pengajuanId", Long.toString(done)));
    }

    /** Downloads the printable summary ("Cetak Ringkasan Pengajuan", HTML) into {@code folder}. */
    public Download downloadSummary(long id, Path folder) {
        detail(id);
        return FileDownloader.builder(web.exchange("pengajuan.cetak")).maxBytes(profile.maxBerkasBytes()).build()
                .download(ErrorContext.of("romantik", "pengajuan.cetak"), profile.uri("cetak", id), folder);
    }

    /**
     * Downloads the Surat Rekomendasi into {@code folder} and reads its fields (nomor surat, tanggal, kepada, judul,
     * tahun, Identitas Rekomendasi, hasil, catatan).
     *
     * @throws PortalRejectedException when the letter is not issued yet
     */
    public SuratRekomendasiDownload downloadSuratRekomendasi(long id, Path folder) {
        PengajuanDetail current = detail(id);
        requireAllowed(current.suratRekomendasiAvailable(), "surat-rekomendasi.unduh", current);
        ErrorContext context = ErrorContext.of("romantik", "surat-rekomendasi.unduh");
        Download download = FileDownloader.builder(web.exchange("surat-rekomendasi.unduh"))
                .maxBytes(profile.maxBerkasBytes()).build()
                .download(context, profile.uri("suratRekomendasi", id), folder);
        return new SuratRekomendasiDownload(download, new SuratRekomendasiParser(profile).parse(download.path()));
    }

    /**
     * Uploads the Surat Komitmen (a PDF within the profile's size limit, checked before sending); nothing happens
     * if a file of the same name is already there.
     */
    public void uploadSuratKomitmen(long id, Path pdf) {
        UploadFile file = UploadFile.check(ErrorContext.of("romantik", "komitmen.unggah"), pdf,
                profile.maxKomitmenBytes(), FileType.PDF);
        PengajuanDetail current = detail(id);
        if (current.komitmenFileName().equals(file.fileName())) {
            return;
        }
        requireAllowed(current.komitmenAwaited(), "komitmen.unggah", current);
        guard.journaled(Intent.of("romantik.komitmen.unggah", "romantik", idKey(id))
                .withAttribute("file", file.fileName()), () -> {
                    guard.once("komitmen.unggah", () -> detail(id).komitmenFileName().equals(file.fileName()),
                            () -> web.submit("komitmen.unggah", profile.uri("pengajuanDetail", id),
                                    "detail.komitmenForm", form -> PengajuanForms.multipart(form,
                                            profile.field("komitmen.file"), file)));
                    return id;
                }, done -> Map.of("pengajuanId", Long.toString(done)));
    }

    /**
     * Gives the service rating after the letter (1–5 and a comment); nothing happens if a rating is already given.
     */
    public void rate(long id, int nilai, String komentar) {
        if (nilai < 1 || nilai > 5) {
            throw new IllegalArgumentException("nilai must be 1 to 5: " + nilai);
        }
        PengajuanDetail current = detail(id);
        if (current.rating() != null) {
            return;
        }
        guard.journaled(Intent.of("romantik.penilaian", "romantik", idKey(id)), () -> {
            guard.once("penilaian", () -> detail(id).rating() != null, () -> web.submitForm("penilaian",
                    profile.uri("pengajuanDetail", id), "detail.ratingForm", form -> form
                            .with(profile.field("rating.nilai"), Integer.toString(nilai))
                            .with(profile.field("rating.komentar"), komentar == null ? "" : komentar)));
            return id;
        }, done -> Map.of("pengajuanId", Long.toString(done)));
    }

    // --- Walidata and public pages ---

    /** The Walidata's operations: its region's submissions, approve or reject, the duplication check. */
    public WalidataOperations walidata() {
        return walidata;
    }

    /** The public list of issued recommendations, fetched page by page as it is read. */
    public PagedList<PublishedRecommendation> publishedRecommendations(PublicSearch search) {
        return walidata.published(search);
    }

    /** The public detail of an issued recommendation, by the opaque token of its list row. */
    public PublishedRecommendationDetail publishedRecommendation(String token) {
        Objects.requireNonNull(token, "token");
        return PublicPagesParser.parseDetail(web.get("rekomendasi-terbit.detail", profile.uri("terbitDetail", token)));
    }

    /** Releases the connections (if the client made its own transport). */
    @Override
    public void close() {
        if (ownsTransport) {
            transport.close();
        }
    }

    @Override
    public String toString() {
        return "RomantikClient[" + profile.baseUrl() + ", " + loginMode + "]";
    }

    // --- helpers ---

    private long createOrFind(MsKeg activity, String instansi) {
        String key = naturalKey(activity, instansi);
        synchronized (keyLocks.computeIfAbsent(key, k -> new Object())) {
            Intent intent = Intent.of("romantik.pengajuan.buat", "romantik", key);
            Optional<PengajuanSummary> existing = find(activity.title(), activity.year());
            if (existing.isPresent()) {
                guard.foundDone(intent, Map.of("pengajuanId", Long.toString(existing.get().id())));
                return existing.get().id();
            }
            MetadataPackage identity = MetadataPackage.builder().activity(activity).build();
            return guard.journaled(intent,
                    () -> find(activity.title(), activity.year()).map(PengajuanSummary::id), () -> {
                java.util.concurrent.atomic.AtomicReference<Optional<Long>> created =
                        new java.util.concurrent.atomic.AtomicReference<>(Optional.empty());
                guard.once(PengajuanForms.OP_CREATE, () -> find(activity.title(), activity.year()).isPresent(),
                        () -> created.set(forms.postBlok0(identity)));
                return created.get().orElseGet(() -> find(activity.title(), activity.year()).map(PengajuanSummary::id)
                        .orElseThrow(() -> new PortalRejectedException(ErrorContext.of("romantik",
                                PengajuanForms.OP_CREATE), PengajuanForms.OP_CREATE + ": the draft does not appear "
                                + "in the Daftar Pengajuan after it was created", List.of())));
            }, id -> Map.of("pengajuanId", Long.toString(id)));
        }
    }

    private void sendChecked(long id) {
        Intent intent = Intent.of("romantik.pengajuan.kirim", "romantik", idKey(id));
        if (!EDITABLE.contains(detail(id).status())) {
            guard.foundDone(intent, Map.of("pengajuanId", Long.toString(id)));
            return;
        }
        guard.journaled(intent,
                () -> EDITABLE.contains(detail(id).status()) ? Optional.empty() : Optional.of(id), () -> {
            guard.once("pengajuan.kirim", () -> !EDITABLE.contains(detail(id).status()),
                    () -> web.submitForm("pengajuan.kirim", profile.uri("ringkasan", id), "ringkasan.form",
                            form -> form));
            return id;
        }, done -> Map.of("pengajuanId", Long.toString(done)));
    }

    private Optional<PengajuanDetail> findDetail(long id) {
        try {
            return Optional.of(detail(id));
        } catch (PortalRejectedException e) {
            if (e.httpStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private void runChecks(String operation, MetadataPackage pkg) {
        LocalDate today = LocalDate.now(clock.withZone(WIB));
        List<CheckProblem> problems = new ArrayList<>();
        for (SubmissionCheck check : checks) {
            problems.addAll(check.check(pkg, today));
        }
        if (!problems.isEmpty()) {
            throw new LocalCheckException(operation, problems);
        }
    }

    private String requireInstansi(String operation) {
        AccountInfo account = account();
        if (!account.hasInstansi()) {
            throw new LocalCheckException(operation, List.of(new CheckProblem("profil.instansi", "ROMANTIK-PROFIL",
                    "Lengkapi profil Romantik Anda (tingkat instansi, wilayah, instansi) sebelum mengisi formulir: "
                            + "instansi pada formulir diambil dari profil.")));
        }
        return account.instansi();
    }

    private static MsKeg requireIdentity(MetadataPackage pkg) {
        Objects.requireNonNull(pkg, "pkg");
        MsKeg activity = pkg.activity();
        List<CheckProblem> problems = new ArrayList<>();
        if (activity.title() == null) {
            problems.add(new CheckProblem("activity.title", "ROMANTIK-IDENTITAS", "Judul kegiatan wajib diisi."));
        }
        if (activity.year() == null) {
            problems.add(new CheckProblem("activity.year", "ROMANTIK-IDENTITAS", "Tahun kegiatan wajib diisi."));
        }
        if (!problems.isEmpty()) {
            throw new LocalCheckException("pengajuan", problems);
        }
        return activity;
    }

    private static void requireAllowed(boolean allowed, String operation, PengajuanDetail current) {
        if (!allowed) {
            throw new PortalRejectedException(ErrorContext.of("romantik", operation), operation
                    + ": not possible for pengajuan " + current.id() + " in status " + current.status() + " ("
                    + current.labels().statusPengajuan() + ")", List.of());
        }
    }

    private static String naturalKey(MsKeg activity, String instansi) {
        return Intent.naturalKey(normalizeTitle(activity.title()), activity.year().toString(), instansi);
    }

    private static String idKey(long id) {
        return Intent.naturalKey("pengajuan", Long.toString(id));
    }

    static String normalizeTitle(String title) {
        return title == null ? "" : title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static URI build(URIBuilder builder) {
        try {
            return builder.build();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("cannot build a list URI", e);
        }
    }

    /** Builds a {@link RomantikClient}. */
    public static final class Builder {
        private RomantikProfile profile = RomantikProfile.defaults();
        private LoginMode loginMode;
        private CredentialsProvider credentials;
        private Session initialSession;
        private PortalHttpClient transport;
        private HttpSettings httpSettings = HttpSettings.defaults();
        private ResilienceSettings resilienceSettings = ResilienceSettings.defaults();
        private Journal journal;
        private Path snapshotFolder;
        private Clock clock = Clock.systemUTC();
        private Duration settleTime;
        private final List<SubmissionCheck> checks = new ArrayList<>();
        private MetadataValidator validator;

        private Builder() {
        }

        /** The profile (default: the bundled one). */
        public Builder profile(RomantikProfile value) {
            this.profile = Objects.requireNonNull(value, "profile");
            return this;
        }

        /** The login mode (default: the profile's, normally SSO). */
        public Builder loginMode(LoginMode value) {
            this.loginMode = Objects.requireNonNull(value, "loginMode");
            return this;
        }

        /** The account for SSO or form login, read at every login. */
        public Builder credentials(CredentialsProvider value) {
            this.credentials = Objects.requireNonNull(value, "credentials");
            return this;
        }

        /**
         * Mode 3: the session cookie (its value, or a {@code Cookie} header) copied from a manual browser login;
         * sets the login mode to {@link LoginMode#IMPORTED_SESSION}.
         */
        public Builder importedSession(String pastedCookie) {
            this.initialSession = ImportedSession.of(profile, pastedCookie);
            this.loginMode = LoginMode.IMPORTED_SESSION;
            return this;
        }

        /** A session to start with (e.g. restored by {@code SessionStore}); the login mode still renews it. */
        public Builder session(Session value) {
            this.initialSession = Objects.requireNonNull(value, "session");
            return this;
        }

        /** A transport to share (not closed by the client); otherwise the client makes and closes its own. */
        public Builder transport(PortalHttpClient value) {
            this.transport = Objects.requireNonNull(value, "transport");
            return this;
        }

        /** HTTP settings of the client's own transport. */
        public Builder httpSettings(HttpSettings value) {
            this.httpSettings = Objects.requireNonNull(value, "httpSettings");
            return this;
        }

        /** Resilience settings of the client's own transport. */
        public Builder resilienceSettings(ResilienceSettings value) {
            this.resilienceSettings = Objects.requireNonNull(value, "resilienceSettings");
            return this;
        }

        /** The journal of state-changing operations (default: none). */
        public Builder journal(Journal value) {
            this.journal = Objects.requireNonNull(value, "journal");
            return this;
        }

        /** Where redacted snapshots of pages that do not match the profile are saved (default: none). */
        public Builder snapshotFolder(Path value) {
            this.snapshotFolder = Objects.requireNonNull(value, "snapshotFolder");
            return this;
        }

        /**
         * The clock for the day of filling and for the settle time of writes left unknown (default: the system
         * clock).
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * How long after a write whose answer never arrived the portal may still apply it: until then a look that
         * finds nothing does not lead to sending it again (default: twice the response timeout).
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder settleTime(Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException("settleTime must not be negative: " + value);
            }
            this.settleTime = value;
            return this;
        }

        /**
         * The metadata rules run before submit and send (default: the bundled settings, dated by {@link #clock});
         * they include the no-backdate rule and the examiner checks.
         */
        public Builder validator(MetadataValidator value) {
            this.validator = Objects.requireNonNull(value, "validator");
            return this;
        }

        /** Adds a local check run before submit and send, after the metadata rules. */
        public Builder check(SubmissionCheck value) {
            this.checks.add(Objects.requireNonNull(value, "check"));
            return this;
        }

        /**
         * @throws IllegalStateException when SSO or form login has no credentials, or an imported session is missing
         */
        public RomantikClient build() {
            LoginMode mode = loginMode != null ? loginMode : profile.loginMode();
            if (mode != LoginMode.IMPORTED_SESSION && credentials == null) {
                throw new IllegalStateException("login mode " + mode + " needs credentials(...)");
            }
            if (mode == LoginMode.IMPORTED_SESSION && initialSession == null) {
                throw new IllegalStateException("login mode IMPORTED_SESSION needs importedSession(...)");
            }
            if (transport != null) {
                return new RomantikClient(this, mode, transport, false);
            }
            PortalHttpClient own = PortalHttpClient.builder("romantik").httpSettings(httpSettings)
                    .resilienceSettings(resilienceSettings).build();
            return new RomantikClient(this, mode, own, true);
        }
    }
}
