package io.github.bpsconnector.core.session;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.cookie.Cookie;
import org.apache.hc.client5.http.cookie.CookieStore;
import org.apache.hc.client5.http.protocol.HttpClientContext;

/**
 * The logged-in state of one portal account: the cookies the portal set, an optional bearer token (INDAH), an
 * optional CSRF token (Romantik forms), and when the session was created and last used.
 *
 * <p>Each request runs with its own {@link #newHttpContext()}, bound to this session's cookie store, so many
 * threads can share one session. Thread-safe. {@link #toString()} shows cookie names and whether tokens are
 * present, never a cookie value or token. A session is replaced, not repaired, when the portal ends it: see
 * {@link SessionManager}.
 */
public final class Session {

    private final BasicCookieStore cookieStore = new BasicCookieStore();
    private final Clock clock;
    private final Instant createdAt;
    private volatile Instant lastUsedAt;
    private volatile String bearerToken;
    private volatile String csrfToken;

    /** An empty session on the system clock. */
    public Session() {
        this(Clock.systemUTC());
    }

    /** An empty session whose times come from {@code clock}. */
    public Session(Clock clock) {
        this(clock, clock.instant());
    }

    /** A session restored from storage, created at {@code createdAt}. */
    Session(Clock clock, Instant createdAt) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.lastUsedAt = createdAt;
    }

    /**
     * A new context for one request, bound to this session's cookie store: cookies the portal sets land in this
     * session. Marks the session as used now. Contexts are not shared between requests or threads.
     */
    public HttpClientContext newHttpContext() {
        HttpClientContext context = HttpClientContext.create();
        context.setCookieStore(cookieStore);
        markUsed();
        return context;
    }

    /** The cookie store of this session (thread-safe), for code that reads or sets cookies directly. */
    public CookieStore cookieStore() {
        return cookieStore;
    }

    /** Adds or replaces a cookie. */
    public void addCookie(Cookie cookie) {
        cookieStore.addCookie(Objects.requireNonNull(cookie, "cookie"));
    }

    /** A snapshot of the cookies that have not expired. */
    public List<Cookie> cookies() {
        return cookieStore.getCookies();
    }

    /** The value of the first cookie named {@code name}, e.g. a Laravel {@code XSRF-TOKEN} cookie. */
    public Optional<String> cookieValue(String name) {
        return cookies().stream().filter(c -> c.getName().equals(name)).map(Cookie::getValue).findFirst();
    }

    /** The bearer token to send as {@code Authorization: Bearer ...}, if the portal issued one. */
    public Optional<String> bearerToken() {
        return Optional.ofNullable(bearerToken);
    }

    /** Sets the bearer token; {@code null} removes it. */
    public void setBearerToken(String token) {
        this.bearerToken = blankToNull(token);
    }

    /** The CSRF token of the portal's forms, if one was scraped. CSRF tokens are one-shot on many portals. */
    public Optional<String> csrfToken() {
        return Optional.ofNullable(csrfToken);
    }

    /** Sets the CSRF token; {@code null} removes it. */
    public void setCsrfToken(String token) {
        this.csrfToken = blankToNull(token);
    }

    /** When this session was created (for a restored session: when it was first created, before saving). */
    public Instant createdAt() {
        return createdAt;
    }

    /** When a request last used this session. */
    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    /** Records a use now. */
    public void markUsed() {
        lastUsedAt = clock.instant();
    }

    /** The clock of this session. */
    Clock clock() {
        return clock;
    }

    /** Whether the session holds nothing: no cookie, no bearer token, no CSRF token. */
    public boolean isEmpty() {
        return bearerToken == null && csrfToken == null && cookieStore.getCookies().isEmpty();
    }

    /** Forgets every cookie and token, e.g. after logging out. */
    public void clear() {
        cookieStore.clear();
        bearerToken = null;
        csrfToken = null;
    }

    private static String blankToNull(String token) {
        return token == null || token.isBlank() ? null : token;
    }

    @Override
    public String toString() {
        String cookieNames = cookies().stream()
                .map(c -> c.getName() + "@" + c.getDomain())
                .collect(Collectors.joining(", ", "[", "]"));
        return "Session[cookies=" + cookieNames
                + ", bearerToken=" + (bearerToken == null ? "absent" : "present")
                + ", csrfToken=" + (csrfToken == null ? "absent" : "present")
                + ", createdAt=" + createdAt + ", lastUsedAt=" + lastUsedAt + "]";
    }
}
