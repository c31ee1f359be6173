package io.github.bpsconnector.testkit.romantik;

import io.github.bpsconnector.testkit.Router;
import io.github.bpsconnector.testkit.SimClock;
import io.github.bpsconnector.testkit.SimRequest;
import io.github.bpsconnector.testkit.SimResponse;
import io.github.bpsconnector.testkit.SimulatedPortal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The simulated Romantik (§2 of the portal model): a stateful, server-rendered HTML portal with the three login
 * modes (the Keycloak-like SSO lives on the same server under {@code /sso/auth/realms/eksternal/...}), CSRF-bound
 * sessions, the block-by-block form, the Walidata's pages, a reviewer playing the Pembina Data, the Surat
 * Rekomendasi PDF and the public {@code /rekomendasi-terbit} pages. The kernel adds the fault plan, the clock,
 * counters, rate limit and the {@code /__sim} controls; this class adds {@code /__sim/romantik/...}.
 *
 * <p>Two demo accounts exist unless turned off: a Produsen Data of Dinas Kesehatan Kabupaten Jember
 * ({@link #DEMO_PRODUSEN_EMAIL}) and a Walidata of Diskominfo Kabupaten Jember ({@link #DEMO_WALIDATA_EMAIL}).
 */
public final class SimulatedRomantik extends SimulatedPortal {

    /** The portal's short name. */
    public static final String NAME = "romantik";
    /** The SSO's path prefix on this server; the SSO base URL is {@code baseUrl() + SSO_PATH}. */
    public static final String SSO_PATH = AuthRoutes.SSO_PREFIX;
    /** The session cookie. */
    public static final String SESSION_COOKIE = SessionStore.COOKIE;
    /** Demo Produsen Data (Dinas Kesehatan Kabupaten Jember). */
    public static final String DEMO_PRODUSEN_EMAIL = "dinkes@jemberkab.example";
    /** Its password (a demo value, printed by the standalone server). */
    public static final String DEMO_PRODUSEN_PASSWORD = "produsen-demo";
    /** Demo Walidata (Diskominfo Kabupaten Jember). */
    public static final String DEMO_WALIDATA_EMAIL = "statistik@diskominfo.jemberkab.example";
    /** Its password (a demo value, printed by the standalone server). */
    public static final String DEMO_WALIDATA_PASSWORD = "walidata-demo";

    private static final String DEFAULT_NO_HP = "081200000000";

    private final RomantikCounters romantikCounters = new RomantikCounters();
    private final RomantikState state;
    private final SessionStore sessions;
    private final SsoRealm realm;
    private final boolean demoAccounts;
    private volatile LoginMode loginMode = LoginMode.SSO;

    /** A Romantik with the default master instansi and the demo accounts. */
    public SimulatedRomantik(SimClock clock, int port) {
        this(clock, port, MasterInstansi.withDefaults(), true);
    }

    /**
     * @param clock the simulated clock (its day in WIB is "today" for the no-backdate rule)
     * @param port the port, 0 for a free one
     * @param master the master instansi
     * @param demoAccounts whether to add the two demo accounts
     */
    public SimulatedRomantik(SimClock clock, int port, MasterInstansi master, boolean demoAccounts) {
        super(NAME, clock, port);
        this.state = new RomantikState(clock.asClock(IndonesianDates.WIB), Objects.requireNonNull(master, "master"),
                romantikCounters);
        this.sessions = new SessionStore(clock.asClock());
        this.realm = new SsoRealm(clock.asClock());
        this.demoAccounts = demoAccounts;
        if (demoAccounts) {
            addProdusenData(DEMO_PRODUSEN_EMAIL, DEMO_PRODUSEN_PASSWORD, "Dinas Kesehatan Kabupaten Jember",
                    "350901");
            addWalidata(DEMO_WALIDATA_EMAIL, DEMO_WALIDATA_PASSWORD, "Walidata Diskominfo Kabupaten Jember",
                    "350903");
        }
    }

    @Override
    protected void defineRoutes(Router router) {
        SessionGate gate = new SessionGate(state, sessions, romantikCounters);
        AuthRoutes auth = new AuthRoutes(state, sessions, realm, () -> loginMode, this::baseUrl);
        RomantikRoutes.register(router, state, gate, auth);
    }

    @Override
    protected void defineControls(Router router) {
        RomantikControls.register(router, this);
    }

    /** Ends the caller's session; a page answers {@code 302 /login}, a form POST {@code 419}, as for real expiry. */
    @Override
    protected SimResponse expireSession(SimRequest request) {
        request.cookie(SESSION_COOKIE).ifPresent(sessions::invalidate);
        return "POST".equals(request.method()) ? SimResponse.html(419, AuthPages.pageExpired())
                : SimResponse.redirect("/login");
    }

    @Override
    protected SimResponse notFound(SimRequest request) {
        return SimResponse.html(404, AuthPages.notFound());
    }

    @Override
    protected SimResponse methodNotAllowed(SimRequest request) {
        return SimResponse.html(405, AuthPages.methodNotAllowed());
    }

    @Override
    protected SimResponse tooManyRequests(SimRequest request, long retryAfterSeconds) {
        return SimResponse.html(429, AuthPages.tooManyRequests())
                .withHeader("Retry-After", Long.toString(retryAfterSeconds));
    }

    /** Submissions per natural key {@code judul|tahun|instansiId} (title normalized), deleted drafts excluded. */
    @Override
    public Map<String, Long> naturalKeyCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        state.all().forEach(view -> counts.merge(keyText(NaturalKey.of(view)), 1L, Long::sum));
        return counts;
    }

    static String keyText(NaturalKey key) {
        return key.judul() + "|" + key.tahun() + "|" + key.instansiId();
    }

    @Override
    public List<String> summaryLines() {
        List<String> lines = new ArrayList<>();
        lines.add("login mode " + loginMode + "; SSO base URL " + ssoBaseUrl() + " (realm eksternal)");
        if (demoAccounts) {
            lines.add("Produsen Data (Dinas Kesehatan Kabupaten Jember): " + DEMO_PRODUSEN_EMAIL + " / "
                    + DEMO_PRODUSEN_PASSWORD);
            lines.add("Walidata (Diskominfo Kabupaten Jember): " + DEMO_WALIDATA_EMAIL + " / "
                    + DEMO_WALIDATA_PASSWORD);
        }
        lines.add("public list " + baseUrl() + "/rekomendasi-terbit; Romantik controls " + baseUrl()
                + CONTROL_PREFIX + "/romantik/...");
        return lines;
    }

    // --- accounts and organisations ---

    /** The master instansi; add organisations here. */
    public MasterInstansi master() {
        return state.master();
    }

    /**
     * Adds (or replaces) an account.
     *
     * @throws IllegalArgumentException if its profile does not fit the master instansi
     */
    public RomantikAccount addAccount(RomantikAccount account) {
        state.addAccount(account);
        return account;
    }

    /** Adds a Produsen Data whose profile is already filled with {@code instansiId}. */
    public RomantikAccount addProdusenData(String email, String password, String nama, String instansiId) {
        return addAccount(RomantikAccount.of(email, password, nama, Peran.PRODUSEN_DATA)
                .withProfil(profilOf(instansiId)));
    }

    /** Adds a Walidata whose profile is already filled with {@code instansiId} (its Diskominfo). */
    public RomantikAccount addWalidata(String email, String password, String nama, String instansiId) {
        return addAccount(RomantikAccount.of(email, password, nama, Peran.WALIDATA).withProfil(profilOf(instansiId)));
    }

    private Profil profilOf(String instansiId) {
        Instansi instansi = master().instansi(instansiId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown instansi " + instansiId));
        return new Profil(instansi.tingkat(), instansi.kodeWilayah(), instansi.id(), DEFAULT_NO_HP);
    }

    /** The account with this e-mail (case-insensitive), if any. */
    public Optional<RomantikAccount> account(String email) {
        return state.account(email);
    }

    /** Every account. */
    public List<RomantikAccount> accounts() {
        return state.accounts();
    }

    // --- sessions and login ---

    /** How {@code GET /login} behaves; {@link LoginMode#SSO} by default. */
    public LoginMode loginMode() {
        return loginMode;
    }

    /** Switches the login mode. */
    public void loginMode(LoginMode mode) {
        this.loginMode = Objects.requireNonNull(mode, "mode");
    }

    /** {@code http://127.0.0.1:<port>/sso}: the SSO base a client profile needs for mode 1. */
    public String ssoBaseUrl() {
        return baseUrl() + SSO_PATH;
    }

    /** How long a Romantik session may stay unused (simulated clock); 120 minutes by default. */
    public void sessionIdleTimeout(Duration timeout) {
        sessions.idleTimeout(timeout);
    }

    /** How long an SSO session may stay unused before the SSO shows its form again; 30 minutes by default. */
    public void ssoSessionIdleTimeout(Duration timeout) {
        realm.ssoIdleTimeout(timeout);
    }

    /** Ends every Romantik session and every SSO session. */
    public void expireAllSessions() {
        sessions.expireAll();
        realm.expireSsoSessions();
    }

    /** Ends every Romantik session of one account. */
    public void expireSessionsOf(String email) {
        sessions.expireFor(email);
    }

    /**
     * Mode 3 (imported session): logs {@code email} in without a login page and returns the value of the
     * {@link #SESSION_COOKIE} cookie, as a user would copy it from a browser.
     *
     * @throws NoSuchElementException if there is no such account
     */
    public String importSession(String email) {
        RomantikAccount account = account(email).orElseThrow(() -> new NoSuchElementException("No account " + email));
        return sessions.login(null, account.email()).id();
    }

    // --- review and queries ---

    /** The reviewer: acts as the Walidata or the Pembina Data. */
    public RomantikReviewer reviewer() {
        return new RomantikReviewer(state);
    }

    /** A snapshot of one submission, if it exists (deleted drafts do not). */
    public Optional<PengajuanView> pengajuan(long id) {
        return state.find(id);
    }

    /** Snapshots of every submission, oldest first. */
    public List<PengajuanView> allPengajuan() {
        return state.all();
    }

    /** How many submissions have this natural key (title normalized, year, instansi). */
    public int countByNaturalKey(NaturalKey key) {
        return state.count(key);
    }

    /** The issued letter of a submission as PDF bytes. */
    public Optional<byte[]> suratRekomendasiPdf(long id) {
        return state.find(id).flatMap(view -> state.suratPdf(view.ownerEmail(), id));
    }

    /** Counters of what happened (submissions created, sends, letters, logins, 419s). */
    public RomantikCounters romantikCounters() {
        return romantikCounters;
    }

    /** Makes the next Identitas Rekomendasi of an office and year end in {@code sequence} (e.g. 4 → {@code .004}). */
    public void setNextRecommendationSequence(String kodeKantor, int year, int sequence) {
        state.setNextRecommendationSequence(kodeKantor, year, sequence);
    }

    RomantikState state() {
        return state;
    }
}
