package io.github.bpsconnector.testkit.romantik;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Romantik's sessions (cookie {@code romantik_session}): a guest session carries the CSRF token of the login form
 * and the state of a pending SSO login; logging in replaces it with a new session (new id, new token), so a token
 * from before the login is stale. A session unused for longer than the idle timeout (simulated clock) is gone.
 * Thread-safe.
 */
final class SessionStore {

    /** The session cookie's name. */
    static final String COOKIE = "romantik_session";

    /** One session; {@link #email()} is {@code null} for a guest. */
    static final class WebSession {
        private final String id;
        private final String email;
        private final String csrf;
        private volatile Instant lastSeen;
        private volatile String ssoState;
        private volatile String flash;

        private WebSession(String id, String email, Instant now) {
            this.id = id;
            this.email = email;
            this.csrf = SecureIds.next(30);
            this.lastSeen = now;
        }

        String id() {
            return id;
        }

        String email() {
            return email;
        }

        String csrf() {
            return csrf;
        }

        boolean loggedIn() {
            return email != null;
        }

        /** Whether {@code token} is this session's CSRF token (constant-time comparison). */
        boolean csrfMatches(String token) {
            return token != null && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.US_ASCII),
                    token.getBytes(StandardCharsets.UTF_8));
        }

        String ssoState() {
            return ssoState;
        }

        void ssoState(String state) {
            this.ssoState = state;
        }

        /** Keeps a message for the next page only. */
        void flash(String message) {
            this.flash = message;
        }

        /** The kept message, once; {@code null} when there is none. */
        String takeFlash() {
            String message = flash;
            flash = null;
            return message;
        }

        @Override
        public String toString() {
            return "WebSession[" + (email == null ? "guest" : email) + "]";
        }
    }

    private final Clock clock;
    private final Map<String, WebSession> sessions = new ConcurrentHashMap<>();
    private volatile Duration idleTimeout = Duration.ofMinutes(120);

    SessionStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    void idleTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The idle timeout must be positive");
        }
        this.idleTimeout = timeout;
    }

    Duration idleTimeout() {
        return idleTimeout;
    }

    WebSession newGuest() {
        return add(null);
    }

    /** A logged-in session for {@code email}, replacing {@code previous} (if any). */
    WebSession login(WebSession previous, String email) {
        if (previous != null) {
            sessions.remove(previous.id());
        }
        return add(Objects.requireNonNull(email, "email"));
    }

    private WebSession add(String email) {
        WebSession session = new WebSession(SecureIds.next(30), email, clock.instant());
        sessions.put(session.id(), session);
        return session;
    }

    /** The live session with this id, marked as used now; an idle one is removed and not returned. */
    Optional<WebSession> find(String id) {
        WebSession session = id == null ? null : sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (session.lastSeen.plus(idleTimeout).isBefore(now)) {
            sessions.remove(id, session);
            return Optional.empty();
        }
        session.lastSeen = now;
        return Optional.of(session);
    }

    void invalidate(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    /** Ends every session (guests included). */
    void expireAll() {
        sessions.clear();
    }

    /** Ends every session of one account. */
    void expireFor(String email) {
        String normalized = RomantikAccount.normalize(email);
        sessions.values().removeIf(session -> normalized.equals(session.email()));
    }
}
