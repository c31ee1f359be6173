package io.github.bpsconnector.testkit.indah;

import io.github.bpsconnector.testkit.FaultAction;
import io.github.bpsconnector.testkit.Router;
import io.github.bpsconnector.testkit.SimClock;
import io.github.bpsconnector.testkit.SimRequest;
import io.github.bpsconnector.testkit.SimResponse;
import io.github.bpsconnector.testkit.SimulatedPortal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The simulated INDAH (portal-model §1): a JSON API with expiring bearer tokens, a captcha, roles, organisations,
 * MS-Keg / MS-Var / MS-Ind records with the status machine and its {@code reviews} trail, the Cycle action and
 * the public SDSN list, with the portal's key spellings (misspellings included) and both error styles.
 *
 * <p>Besides the HTTP contract it offers, in Java and under {@code /__sim}: accounts and organisations, the
 * captcha switch and answers, token expiry, the error style, a reviewer ({@link #asWalidata()},
 * {@link #asPembinaData()}) and queries for assertions ({@link #records()}, {@link #countKegiatan}, …), on top of
 * the kernel's clock, fault plan and counters.
 */
public final class SimulatedIndah extends SimulatedPortal {

    private final IndahState state;

    /**
     * A simulated INDAH with default {@link Options} (captcha on, 8-hour tokens, demo data).
     *
     * @param clock the simulated clock
     * @param port the port, or 0 for a free one
     */
    public SimulatedIndah(SimClock clock, int port) {
        this(clock, port, new Options());
    }

    /**
     * @param clock the simulated clock
     * @param port the port, or 0 for a free one
     * @param options the starting settings
     */
    public SimulatedIndah(SimClock clock, int port, Options options) {
        super("indah", clock, port);
        this.state = new IndahState(clock, options);
        if (options.seedDemoData()) {
            IndahDemoData.organizations().forEach(state.directory::add);
            IndahDemoData.accounts().forEach(state.directory::add);
        }
    }

    @Override
    protected void defineRoutes(Router router) {
        IndahRoutes.register(router, state);
    }

    @Override
    protected void defineControls(Router router) {
        IndahControls.register(router, this, state);
    }

    @Override
    protected SimResponse expireSession(SimRequest request) {
        IndahRoutes.bearer(request).ifPresent(state.tokens::expire);
        return IndahRoutes.unauthorized("Token tidak valid atau sudah kedaluwarsa");
    }

    @Override
    protected SimResponse notFound(SimRequest request) {
        return IndahResponses.problem(404, "Not Found", "No endpoint " + request.method() + " " + request.path());
    }

    // --- settings ---

    /** @return whether {@code POST /api/authenticate} needs a captcha (on by default) */
    public boolean captchaRequired() {
        return state.captchaRequired();
    }

    /**
     * @param required whether {@code POST /api/authenticate} needs a captcha
     */
    public void captchaRequired(boolean required) {
        state.captchaRequired(required);
    }

    /**
     * The answer of a captcha that was issued and not yet used, for automated solvers in tests and demos.
     *
     * @param captchaId the {@code captchaId} of {@code GET /api/captcha}
     * @return its code, if still pending
     */
    public Optional<String> captchaAnswer(String captchaId) {
        return state.captchas.answer(captchaId, clock().now());
    }

    /** @return how long a new token lives (simulated time) */
    public Duration tokenLifetime() {
        return state.tokenLifetime();
    }

    /**
     * @param lifetime how long tokens issued from now on live (simulated time); positive
     */
    public void tokenLifetime(Duration lifetime) {
        state.tokenLifetime(lifetime);
    }

    /** @return how refused writes are answered */
    public RejectionStyle rejectionStyle() {
        return state.rejectionStyle();
    }

    /**
     * @param style how refused writes are answered from now on
     */
    public void rejectionStyle(RejectionStyle style) {
        state.rejectionStyle(style);
    }

    /**
     * A fault action that answers "HTTP 200 with an error item" instead of the real answer, e.g.
     * {@code indah.faults().on("POST", "/sdi/v2/metadata-statistik/kegiatan").action(errorItem(400, "Gagal"))}.
     *
     * @param status the item's status (e.g. 400 or 500)
     * @param message the item's message
     * @return the action
     */
    public static FaultAction errorItem(int status, String message) {
        return FaultAction.status(200, SimResponse.JSON,
                IndahResponses.errorItem(status, message).bodyAsString());
    }

    // --- accounts, organisations, tokens ---

    /**
     * Adds or replaces an organisation.
     *
     * @param organization the organisation
     */
    public void addOrganization(IndahOrganization organization) {
        state.directory.add(Objects.requireNonNull(organization, "organization"));
    }

    /** @return every organisation, by id */
    public List<IndahOrganization> organizations() {
        return state.directory.organizations();
    }

    /**
     * Adds or replaces an account.
     *
     * @param account the account; its organisation must exist
     * @throws IllegalArgumentException if its organisation does not exist
     */
    public void addAccount(IndahAccount account) {
        state.directory.add(Objects.requireNonNull(account, "account"));
    }

    /** @return every account, by username */
    public List<IndahAccount> accounts() {
        return state.directory.accounts();
    }

    /**
     * Issues a token as a login would, without password or captcha: the "token from a manual browser login" case.
     *
     * @param username an existing account
     * @return a bearer token
     * @throws NoSuchElementException if there is no such account
     */
    public String issueToken(String username) {
        return state.issueToken(state.directory.account(username)
                .orElseThrow(() -> new NoSuchElementException("No INDAH account " + username)));
    }

    /** @return how many tokens were live and are now expired */
    public int expireAllTokens() {
        return state.tokens.expireAll();
    }

    /**
     * @param username an account
     * @return how many of its tokens were expired
     */
    public int expireTokensOf(String username) {
        return state.tokens.expireUser(username);
    }

    /** @return how many tokens are live now */
    public int liveTokens() {
        return state.tokens.live(clock().now());
    }

    // --- reviewer ---

    /** @return a Walidata reviewer (APPROVAL) whose region covers every producer */
    public IndahReviewer asWalidata() {
        return new IndahReviewer(state, Actor.simulatorReviewer(IndahRole.WALIDATA));
    }

    /** @return a Pembina Data reviewer (APPROVAL) whose region covers every producer */
    public IndahReviewer asPembinaData() {
        return new IndahReviewer(state, Actor.simulatorReviewer(IndahRole.PEMBINA_DATA));
    }

    /**
     * @param username an account; its role, functions and region are checked as over HTTP
     * @return a reviewer acting as that account
     * @throws NoSuchElementException if there is no such account
     */
    public IndahReviewer reviewerAs(String username) {
        return new IndahReviewer(state, state.directory.actor(username)
                .orElseThrow(() -> new NoSuchElementException("No INDAH account " + username)));
    }

    // --- queries for assertions ---

    /** @return every record, in id order */
    public List<IndahRecord> records() {
        List<IndahRecord> all = new ArrayList<>();
        for (MetadataKind kind : MetadataKind.values()) {
            all.addAll(records(kind));
        }
        all.sort(java.util.Comparator.comparingLong(IndahRecord::id));
        return all;
    }

    /**
     * @param kind an instrument
     * @return its records, in id order
     */
    public List<IndahRecord> records(MetadataKind kind) {
        return state.records.select(kind, null, r -> true, MetadataRecord::snapshot);
    }

    /**
     * @param id a record id
     * @return the record, of any kind
     */
    public Optional<IndahRecord> record(long id) {
        return state.records.find(id);
    }

    /**
     * How many MS-Keg share a natural key (title compared trimmed, single-spaced, case-insensitive).
     *
     * @param title {@code judul_kegiatan}
     * @param submissionPeriod the period
     * @param producerId {@code produsen_data.id}
     * @return how many MS-Keg have that key
     */
    public long countKegiatan(String title, int submissionPeriod, long producerId) {
        String key = MetadataRecord.normalize(title);
        return state.records.select(MetadataKind.KEGIATAN, null,
                r -> r.normalizedTitle().equals(key) && r.submissionPeriod == submissionPeriod
                        && r.producer.id() == producerId, r -> r).size();
    }

    /**
     * @param msKegId an MS-Keg id
     * @param kind {@link MetadataKind#VARIABEL} or {@link MetadataKind#INDIKATOR}
     * @return how many children of that kind it has
     */
    public long countChildren(long msKegId, MetadataKind kind) {
        return state.records.select(kind, null, r -> Long.valueOf(msKegId).equals(r.msKegId), r -> r).size();
    }

    /**
     * @param msKegId an MS-Keg id
     * @param kind {@link MetadataKind#VARIABEL} or {@link MetadataKind#INDIKATOR}
     * @param name {@code data.nama}, compared like titles
     * @return how many children of that kind and name it has (more than 1 is a duplicate)
     */
    public long countChildren(long msKegId, MetadataKind kind, String name) {
        String key = MetadataRecord.normalize(name);
        return state.records.select(kind, null,
                r -> Long.valueOf(msKegId).equals(r.msKegId) && r.normalizedTitle().equals(key), r -> r).size();
    }

    /**
     * Natural keys: {@code MS-Keg|<period>|<producer id>|<title>}, {@code MS-Var|<ms_keg_id>|<nama>},
     * {@code MS-Ind|<ms_keg_id>|<nama>} (titles normalized).
     */
    @Override
    public Map<String, Long> naturalKeyCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (MetadataKind kind : MetadataKind.values()) {
            counts.putAll(state.records.select(kind, null, r -> true, SimulatedIndah::naturalKey).stream()
                    .collect(Collectors.groupingBy(k -> k, Collectors.counting())));
        }
        return counts;
    }

    private static String naturalKey(MetadataRecord record) {
        return record.kind == MetadataKind.KEGIATAN
                ? "MS-Keg|" + record.submissionPeriod + "|" + record.producer.id() + "|" + record.normalizedTitle()
                : record.kind.label() + "|" + record.msKegId + "|" + record.normalizedTitle();
    }

    @Override
    public List<String> summaryLines() {
        List<String> lines = new ArrayList<>();
        lines.add("captcha " + (captchaRequired() ? "on" : "off") + ", tokens live " + tokenLifetime()
                + ", errors " + rejectionStyle());
        for (IndahAccount account : accounts()) {
            IndahOrganization org = state.directory.organization(account.organizationId()).orElseThrow();
            lines.add(String.format("%-18s %-15s %-13s %-17s %s", account.username(), account.password(),
                    org.role(), account.functions().stream().sorted().map(Enum::name)
                            .collect(Collectors.joining("+")), org.name()));
        }
        return lines;
    }

    /** The starting settings of a {@link SimulatedIndah}. */
    public static final class Options {
        private boolean captchaRequired = true;
        private Duration tokenLifetime = Duration.ofHours(8);
        private RejectionStyle rejectionStyle = RejectionStyle.MIXED;
        private boolean seedDemoData = true;

        /** Defaults: captcha on, 8-hour tokens, {@link RejectionStyle#MIXED}, demo data seeded. */
        public Options() {
        }

        /**
         * @param required whether login needs a captcha
         * @return these options
         */
        public Options captchaRequired(boolean required) {
            this.captchaRequired = required;
            return this;
        }

        /**
         * @param lifetime token lifetime (simulated time); positive
         * @return these options
         */
        public Options tokenLifetime(Duration lifetime) {
            this.tokenLifetime = checkedLifetime(lifetime);
            return this;
        }

        /**
         * @param style how refused writes are answered
         * @return these options
         */
        public Options rejectionStyle(RejectionStyle style) {
            this.rejectionStyle = Objects.requireNonNull(style, "style");
            return this;
        }

        /**
         * @param seed whether to start with {@link IndahDemoData}
         * @return these options
         */
        public Options seedDemoData(boolean seed) {
            this.seedDemoData = seed;
            return this;
        }

        /** @return whether login needs a captcha */
        public boolean captchaRequired() {
            return captchaRequired;
        }

        /** @return the token lifetime */
        public Duration tokenLifetime() {
            return tokenLifetime;
        }

        /** @return the error style */
        public RejectionStyle rejectionStyle() {
            return rejectionStyle;
        }

        /** @return whether demo data is seeded */
        public boolean seedDemoData() {
            return seedDemoData;
        }

        static Duration checkedLifetime(Duration lifetime) {
            if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
                throw new IllegalArgumentException("A token lifetime must be positive");
            }
            return lifetime;
        }
    }
}
