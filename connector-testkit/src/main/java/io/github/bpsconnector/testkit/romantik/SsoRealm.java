package io.github.bpsconnector.testkit.romantik;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * A Keycloak-like SSO with the realm {@code eksternal} and the client {@code romantik} (§2.1 mode 1). It knows the
 * authorization request, the login page's action ({@code login-actions/authenticate} with {@code session_code},
 * {@code execution}, {@code client_id}, {@code tab_id}), one-shot authorization codes that Romantik redeems on its
 * callback, and an SSO session (cookie {@code KEYCLOAK_SESSION}) that lets a second login skip the form, as
 * Keycloak does. Paths are relative to the SSO base ({@code {sso}}). Thread-safe.
 */
final class SsoRealm {

    static final String REALM = "eksternal";
    static final String CLIENT_ID = "romantik";
    static final String REALM_PATH = "/auth/realms/" + REALM;
    static final String AUTH_PATH = REALM_PATH + "/protocol/openid-connect/auth";
    static final String AUTHENTICATE_PATH = REALM_PATH + "/login-actions/authenticate";
    static final String AUTH_SESSION_COOKIE = "AUTH_SESSION_ID";
    static final String SSO_SESSION_COOKIE = "KEYCLOAK_SESSION";
    /** Romantik's callback path, the only redirect URI the client {@code romantik} may use. */
    static final String CALLBACK_PATH = "/sso/callback";

    private static final Duration LOGIN_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration CODE_LIFETIME = Duration.ofSeconds(60);

    /** What the SSO answers. */
    sealed interface Outcome {
        /** Show the login page (again, with {@code #input-error} when {@code failed}). */
        record ShowLogin(String authSessionId, String action, String username, boolean failed) implements Outcome {
        }

        /** Redirect back to Romantik with a code; set the SSO session cookie when {@code ssoSessionId} is given. */
        record Redirect(String location, String ssoSessionId) implements Outcome {
        }

        /** The login attempt is unknown or timed out. */
        record Expired() implements Outcome {
        }

        /** The authorization request is invalid (Keycloak's error page). */
        record BadRequest(String message) implements Outcome {
        }
    }

    private static final class AuthSession {
        final String id = SecureIds.next(24);
        final String tabId = SecureIds.next(8);
        final String execution = UUID.randomUUID().toString();
        final String redirectUri;
        final String state;
        final Instant started;
        volatile String sessionCode = SecureIds.next(24);

        AuthSession(String redirectUri, String state, Instant started) {
            this.redirectUri = redirectUri;
            this.state = state;
            this.started = started;
        }
    }

    private record IssuedCode(String email, Instant expires) {
    }

    private static final class SsoSession {
        final String email;
        final String sessionState = UUID.randomUUID().toString();
        volatile Instant lastSeen;

        SsoSession(String email, Instant now) {
            this.email = email;
            this.lastSeen = now;
        }
    }

    private final Clock clock;
    private final Map<String, AuthSession> authSessions = new ConcurrentHashMap<>();
    private final Map<String, IssuedCode> codes = new ConcurrentHashMap<>();
    private final Map<String, SsoSession> ssoSessions = new ConcurrentHashMap<>();
    private volatile Duration ssoIdleTimeout = Duration.ofMinutes(30);

    SsoRealm(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    void ssoIdleTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The idle timeout must be positive");
        }
        this.ssoIdleTimeout = timeout;
    }

    /** Ends every SSO session, so that the next login shows the form. */
    void expireSsoSessions() {
        ssoSessions.clear();
    }

    /** {@code GET {sso}/auth/realms/eksternal/protocol/openid-connect/auth?...}. */
    Outcome authorize(String ssoBase, Map<String, String> query, String ssoSessionCookie) {
        if (!CLIENT_ID.equals(query.get("client_id"))) {
            return new Outcome.BadRequest("Client not found.");
        }
        if (!"code".equals(query.get("response_type"))) {
            return new Outcome.BadRequest("Invalid parameter: response_type");
        }
        String redirectUri = query.get("redirect_uri");
        if (!isCallback(redirectUri)) {
            return new Outcome.BadRequest("Invalid parameter: redirect_uri");
        }
        String state = query.getOrDefault("state", "");
        forgetStale();
        Optional<SsoSession> sso = liveSsoSession(ssoSessionCookie);
        if (sso.isPresent()) {
            return new Outcome.Redirect(codeRedirect(sso.get(), redirectUri, state), null);
        }
        AuthSession auth = new AuthSession(redirectUri, state, clock.instant());
        authSessions.put(auth.id, auth);
        return new Outcome.ShowLogin(auth.id, action(ssoBase, auth), null, false);
    }

    /**
     * {@code POST {sso}/auth/realms/eksternal/login-actions/authenticate?...} with {@code username} and
     * {@code password}.
     *
     * @param accounts the e-mail of the account with these credentials, if any
     */
    Outcome authenticate(String ssoBase, Map<String, String> query, String authSessionCookie, String username,
            String password, BiFunction<String, String, Optional<String>> accounts) {
        AuthSession auth = authSessionCookie == null ? null : authSessions.get(authSessionCookie);
        if (auth == null || auth.started.plus(LOGIN_TIMEOUT).isBefore(clock.instant())
                || !auth.sessionCode.equals(query.get("session_code")) || !auth.tabId.equals(query.get("tab_id"))
                || !auth.execution.equals(query.get("execution")) || !CLIENT_ID.equals(query.get("client_id"))) {
            return new Outcome.Expired();
        }
        Optional<String> email = accounts.apply(username, password);
        if (email.isEmpty()) {
            auth.sessionCode = SecureIds.next(24);
            return new Outcome.ShowLogin(auth.id, action(ssoBase, auth), username, true);
        }
        authSessions.remove(auth.id);
        SsoSession sso = new SsoSession(email.get(), clock.instant());
        String ssoId = SecureIds.next(24);
        ssoSessions.put(ssoId, sso);
        return new Outcome.Redirect(codeRedirect(sso, auth.redirectUri, auth.state), ssoId);
    }

    /** Romantik's side of the code exchange: the account's e-mail, once, if the code is valid and fresh. */
    Optional<String> redeem(String code) {
        IssuedCode issued = code == null ? null : codes.remove(code);
        if (issued == null || issued.expires().isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(issued.email());
    }

    /** Drops login attempts and codes that can no longer be used. */
    private void forgetStale() {
        Instant now = clock.instant();
        authSessions.values().removeIf(auth -> auth.started.plus(LOGIN_TIMEOUT).isBefore(now));
        codes.values().removeIf(code -> code.expires().isBefore(now));
    }

    private Optional<SsoSession> liveSsoSession(String id) {
        SsoSession session = id == null ? null : ssoSessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (session.lastSeen.plus(ssoIdleTimeout).isBefore(now)) {
            ssoSessions.remove(id, session);
            return Optional.empty();
        }
        session.lastSeen = now;
        return Optional.of(session);
    }

    private String codeRedirect(SsoSession sso, String redirectUri, String state) {
        String code = SecureIds.next(32);
        codes.put(code, new IssuedCode(sso.email, clock.instant().plus(CODE_LIFETIME)));
        return Html.url(redirectUri, "state", state, "session_state", sso.sessionState, "code", code);
    }

    private static String action(String ssoBase, AuthSession auth) {
        return Html.url(ssoBase + AUTHENTICATE_PATH, "session_code", auth.sessionCode, "execution", auth.execution,
                "client_id", CLIENT_ID, "tab_id", auth.tabId);
    }

    private static boolean isCallback(String redirectUri) {
        if (redirectUri == null) {
            return false;
        }
        try {
            URI uri = URI.create(redirectUri);
            return uri.getScheme() != null && uri.getScheme().startsWith("http") && uri.getRawQuery() == null
                    && CALLBACK_PATH.equals(uri.getPath());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
