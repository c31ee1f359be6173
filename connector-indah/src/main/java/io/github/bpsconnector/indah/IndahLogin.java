package io.github.bpsconnector.indah;

import io.github.bpsconnector.core.session.CredentialsProvider;
import io.github.bpsconnector.core.session.SessionStore;
import java.util.Objects;
import java.util.Optional;

/**
 * How an {@link IndahClient} logs in. INDAH's web login asks external users for a captcha (portal-facts §1.3), so
 * there are three ways:
 * <ul>
 *   <li>{@link #browserToken(String)} / {@link #savedSession(SessionStore)}: a token from a manual browser login.
 *       It cannot be renewed unattended: when INDAH ends it, the client throws an
 *       {@code AuthenticationException} that says how to log in again (a saved session file is read again first,
 *       in case a newer token was saved into it meanwhile);</li>
 *   <li>{@link #password(CredentialsProvider)}: API login without captcha;</li>
 *   <li>{@link #passwordWithCaptcha(CredentialsProvider, CaptchaSolver)}: API login, the captcha image handed to a
 *       {@link CaptchaSolver}.</li>
 * </ul>
 * Immutable. {@link #toString()} never shows a token.
 */
public final class IndahLogin {

    /** The kind of login. */
    public enum Mode {
        /** A token from a manual browser login. */
        BROWSER_TOKEN,
        /** {@code POST /api/authenticate} with user name and password. */
        PASSWORD,
        /** {@code POST /api/authenticate} with user name, password and a solved captcha. */
        PASSWORD_WITH_CAPTCHA
    }

    private final Mode mode;
    private final String token;
    private final SessionStore store;
    private final CredentialsProvider credentials;
    private final CaptchaSolver solver;

    private IndahLogin(Mode mode, String token, SessionStore store, CredentialsProvider credentials,
            CaptchaSolver solver) {
        this.mode = mode;
        this.token = token;
        this.store = store;
        this.credentials = credentials;
        this.solver = solver;
    }

    /** A token copied from a browser after a manual login ({@code Bearer } / {@code Authorization:} prefixes allowed). */
    public static IndahLogin browserToken(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the INDAH token is blank");
        }
        return new IndahLogin(Mode.BROWSER_TOKEN, token, null, null, null);
    }

    /** The session saved in {@code store} (e.g. by the command line after a manual browser login). */
    public static IndahLogin savedSession(SessionStore store) {
        return new IndahLogin(Mode.BROWSER_TOKEN, null, Objects.requireNonNull(store, "store"), null, null);
    }

    /** API login with user name and password, no captcha. */
    public static IndahLogin password(CredentialsProvider credentials) {
        return new IndahLogin(Mode.PASSWORD, null, null, Objects.requireNonNull(credentials, "credentials"), null);
    }

    /** API login with user name, password and a captcha solved by {@code solver}. */
    public static IndahLogin passwordWithCaptcha(CredentialsProvider credentials, CaptchaSolver solver) {
        return new IndahLogin(Mode.PASSWORD_WITH_CAPTCHA, null, null,
                Objects.requireNonNull(credentials, "credentials"), Objects.requireNonNull(solver, "solver"));
    }

    /** The kind of login. */
    public Mode mode() {
        return mode;
    }

    Optional<String> token() {
        return Optional.ofNullable(token);
    }

    Optional<SessionStore> store() {
        return Optional.ofNullable(store);
    }

    CredentialsProvider credentials() {
        return credentials;
    }

    CaptchaSolver solver() {
        return solver;
    }

    /** The mode and, for a saved session, its file; never a token. */
    @Override
    public String toString() {
        return "IndahLogin[" + mode + (store != null ? ", " + store.file() : "") + "]";
    }
}
