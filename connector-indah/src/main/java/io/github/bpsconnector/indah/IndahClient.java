package io.github.bpsconnector.indah;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bpsconnector.core.http.HttpSettings;
import io.github.bpsconnector.core.http.PortalHttpClient;
import io.github.bpsconnector.core.journal.Journal;
import io.github.bpsconnector.core.journal.WriteSettling;
import io.github.bpsconnector.core.resilience.CircuitBreakerRegistry;
import io.github.bpsconnector.core.resilience.ResilienceSettings;
import io.github.bpsconnector.core.session.Session;
import io.github.bpsconnector.core.session.SessionManager;
import io.github.bpsconnector.core.session.SessionStore;
import io.github.bpsconnector.indah.wire.EnvelopeWire;
import io.github.bpsconnector.indah.wire.MsIndWire;
import io.github.bpsconnector.indah.wire.MsKegWire;
import io.github.bpsconnector.indah.wire.MsVarWire;
import io.github.bpsconnector.metadata.MsInd;
import io.github.bpsconnector.metadata.MsVar;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The client of INDAH's JSON API for one account: login (three ways, see {@link IndahLogin}), the account, the
 * organisations, MS-Keg / MS-Var / MS-Ind with their review, and the public SDSN list. Built by {@link #builder()};
 * thread-safe; close it to release its connections.
 *
 * <pre>{@code
 * try (IndahClient indah = IndahClient.builder()
 *         .login(IndahLogin.passwordWithCaptcha(CredentialsProvider.fromEnvironment("indah"), solver))
 *         .journal(FileJournal.openDefault())
 *         .build()) {
 *     IndahRecord<MsKeg> draft = indah.kegiatan().createDraft(producer, 2026, msKeg);
 *     indah.kegiatan().submit(draft.id());
 * }
 * }</pre>
 *
 * <p>Errors: a refusal in either of INDAH's styles is a {@code PortalRejectedException} with the field messages;
 * a {@code 401} leads to one new login, then {@code AuthenticationException}; a {@code 429} is waited out as
 * {@code Retry-After} asks; {@code 5xx} answers are retried for safe requests only; a write whose answer was lost
 * is looked for on the portal before it is sent again ({@code OutcomeUnknownException} if that cannot settle it).
 */
public final class IndahClient implements AutoCloseable {

    private final IndahProfile profile;
    private final PortalHttpClient http;
    private final SessionManager sessions;
    private final IndahApi api;
    private final KegiatanRecords kegiatan;
    private final ChildRecords<MsVar> variabel;
    private final ChildRecords<MsInd> indikator;
    private final ReviewOperations review;
    private final AtomicReference<AccountOfSession> account = new AtomicReference<>();

    private record AccountOfSession(Session session, IndahAccount account) {
    }

    private IndahClient(Builder b) {
        this.profile = b.profile;
        URI apiBase = b.apiBaseUrl != null ? b.apiBaseUrl : profile.apiBaseUrl();
        this.http = PortalHttpClient.builder(IndahApi.PORTAL)
                .httpSettings(b.httpSettings)
                .resilienceSettings(b.resilienceSettings)
                .circuitBreakers(b.circuitBreakers)
                .build();
        if (b.login == null) {
            throw new IllegalStateException("an IndahClient needs a login: IndahLogin.browserToken, savedSession, "
                    + "password or passwordWithCaptcha");
        }
        SessionStore store = b.sessionStore != null ? b.sessionStore : b.login.store().orElse(null);
        Optional<Session> initial = IndahAuthenticator.initialSession(b.login, store, apiBase);
        AtomicReference<IndahAuthenticator> authenticator = new AtomicReference<>();
        SessionManager.Builder sessionBuilder = SessionManager.builder(IndahApi.PORTAL,
                fresh -> authenticator.get().logIn(fresh));
        initial.ifPresent(sessionBuilder::initialSession);
        this.sessions = sessionBuilder.build();
        this.api = new IndahApi(profile, apiBase, http, sessions);
        // the session manager logs in through the authenticator, which sends through the API: tied here
        authenticator.set(new IndahAuthenticator(b.login, api, store,
                b.webBaseUrl != null ? b.webBaseUrl : profile.webBaseUrl(), initial.orElse(null)));
        IndahContext ctx = new IndahContext(api, new EnvelopeWire(profile), new WriteGuard(b.journal,
                WriteSettling.of(b.clock, b.settleTime != null ? b.settleTime
                        : WriteSettling.defaultSettleTime(b.httpSettings.responseTimeout()))),
                this::account);
        AtomicReference<KegiatanRecords> kegiatanRef = new AtomicReference<>();
        this.variabel = new ChildRecords<>(ctx, MetadataKind.VARIABEL, new MsVarWire(profile), "kegiatanVariabel",
                id -> kegiatanRef.get().get(id));
        this.indikator = new ChildRecords<>(ctx, MetadataKind.INDIKATOR, new MsIndWire(profile),
                "kegiatanIndikator", id -> kegiatanRef.get().get(id));
        this.kegiatan = new KegiatanRecords(ctx, new MsKegWire(profile), variabel, indikator);
        kegiatanRef.set(kegiatan);
        this.review = new ReviewOperations(Map.of(MetadataKind.KEGIATAN, kegiatan, MetadataKind.VARIABEL, variabel,
                MetadataKind.INDIKATOR, indikator));
    }

    /** A builder with the bundled profile and default HTTP and resilience settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** The profile in use. */
    public IndahProfile profile() {
        return profile;
    }

    /** Logs in if not yet logged in and returns the account. */
    public IndahAccount authenticate() {
        sessions.current();
        return account();
    }

    /** The logged-in account ({@code /api/account}), read once per session. */
    public IndahAccount account() {
        Session session = sessions.current();
        AccountOfSession known = account.get();
        if (known != null && known.session() == session) {
            return known.account();
        }
        JsonNode node = api.get("indah.account", api.uri("account", null, Map.of()));
        IndahAccount read = Accounts.read(profile, node);
        account.set(new AccountOfSession(sessions.current(), read));
        return read;
    }

    /**
     * The organisations matching a query, read lazily page by page.
     *
     * @param query filters by name, province, city and role
     */
    public PagedIterable<IndahOrganization> organizations(OrganizationQuery query) {
        Objects.requireNonNull(query, "query");
        int size = profile.number("pageSize.organizations");
        return new PagedIterable<>(number -> {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put(profile.key("query.page"), number);
            parameters.put(profile.key("query.size"), size);
            parameters.put(profile.key("query.name"), query.name());
            parameters.put(profile.key("query.provinceCode"), query.provinceCode());
            parameters.put(profile.key("query.cityCode"), query.cityCode());
            parameters.put(profile.key("query.roles"), query.roles().isEmpty() ? null
                    : String.join(",", query.roles()));
            JsonNode body = api.get("indah.organizations", api.uri("organizations", null, parameters));
            return Pages.spring(profile, "indah.organizations", body, number, size,
                    node -> Accounts.organization(profile, node));
        });
    }

    /** MS-Keg operations. */
    public KegiatanRecords kegiatan() {
        return kegiatan;
    }

    /** MS-Var operations. */
    public ChildRecords<MsVar> variabel() {
        return variabel;
    }

    /** MS-Ind operations. */
    public ChildRecords<MsInd> indikator() {
        return indikator;
    }

    /** Review decisions and review status. */
    public ReviewOperations review() {
        return review;
    }

    /** The public Standar Data Statistik Nasional list (no login), read lazily page by page. */
    public PagedIterable<SdsnEntry> sdsn() {
        int size = profile.number("pageSize.sdsn");
        return new PagedIterable<>(number -> {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put(profile.key("query.page"), number);
            parameters.put(profile.key("query.size"), size);
            JsonNode body = api.getPublic("indah.sdsn", api.uri("sdsn", null, parameters));
            return Pages.spring(profile, "indah.sdsn", body, number, size, node -> Accounts.sdsn(profile, node));
        });
    }

    /**
     * The SDSN entries whose konsep is {@code name} (trimmed, single-spaced, case ignored); several when the konsep
     * has alternative definitions or classifications.
     */
    public List<SdsnEntry> findKonsep(String name) {
        String wanted = MetadataRecords.normalize(Objects.requireNonNull(name, "name"));
        List<SdsnEntry> found = new ArrayList<>();
        for (SdsnEntry entry : sdsn()) {
            if (MetadataRecords.normalize(entry.konsep()).equals(wanted)) {
                found.add(entry);
            }
        }
        return found;
    }

    /** Closes the connections. */
    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "IndahClient[" + profile.apiBaseUrl() + ", " + sessions + "]";
    }

    /** Builds an {@link IndahClient}. Not thread-safe. */
    public static final class Builder {
        private IndahProfile profile = IndahProfile.defaults();
        private URI apiBaseUrl;
        private URI webBaseUrl;
        private HttpSettings httpSettings = HttpSettings.defaults();
        private ResilienceSettings resilienceSettings = ResilienceSettings.defaults();
        private CircuitBreakerRegistry circuitBreakers;
        private Journal journal;
        private IndahLogin login;
        private SessionStore sessionStore;
        private Clock clock = Clock.systemUTC();
        private Duration settleTime;

        private Builder() {
        }

        /** The profile (default {@link IndahProfile#defaults()}). */
        public Builder profile(IndahProfile value) {
            profile = Objects.requireNonNull(value, "profile");
            return this;
        }

        /** The API base URL, overriding the profile's (e.g. a simulator's {@code http://127.0.0.1:port}). */
        public Builder apiBaseUrl(URI value) {
            apiBaseUrl = stripSlash(Objects.requireNonNull(value, "apiBaseUrl"));
            return this;
        }

        /** The web front end's base URL (named in login instructions), overriding the profile's. */
        public Builder webBaseUrl(URI value) {
            webBaseUrl = stripSlash(Objects.requireNonNull(value, "webBaseUrl"));
            return this;
        }

        /** HTTP settings (default {@link HttpSettings#defaults()}). */
        public Builder httpSettings(HttpSettings value) {
            httpSettings = Objects.requireNonNull(value, "httpSettings");
            return this;
        }

        /** Resilience settings (default {@link ResilienceSettings#defaults()}). */
        public Builder resilienceSettings(ResilienceSettings value) {
            resilienceSettings = Objects.requireNonNull(value, "resilienceSettings");
            return this;
        }

        /** Circuit breakers shared with other INDAH clients (default: this client's own). */
        public Builder circuitBreakers(CircuitBreakerRegistry value) {
            circuitBreakers = value;
            return this;
        }

        /** The journal every write is recorded in (intent, then outcome); default none. */
        public Builder journal(Journal value) {
            journal = value;
            return this;
        }

        /** The clock compared with the journal's attempt times (default: the system clock). */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
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
            settleTime = value;
            return this;
        }

        /** How to log in; required. */
        public Builder login(IndahLogin value) {
            login = Objects.requireNonNull(value, "login");
            return this;
        }

        /**
         * Where the session is kept between runs: read at start, written after every API login. Default: the
         * store of {@link IndahLogin#savedSession(SessionStore)}, else none.
         */
        public Builder sessionStore(SessionStore value) {
            sessionStore = value;
            return this;
        }

        /**
         * The client.
         *
         * @throws IllegalStateException if no login was given
         */
        public IndahClient build() {
            return new IndahClient(this);
        }

        private static URI stripSlash(URI uri) {
            String text = uri.toString();
            return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
        }
    }
}
