package io.github.bpsconnector.testkit.romantik;

import io.github.bpsconnector.testkit.romantik.SessionStore.WebSession;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Logging in and out: {@code /login} in both modes, {@code /sso/callback}, {@code /logout}, and the SSO realm's own
 * pages under {@code /sso/auth/realms/eksternal/...}.
 */
final class AuthRoutes {

    /** Where the SSO lives on the simulator: {@code {base}/sso} + {@link SsoRealm#REALM_PATH}. */
    static final String SSO_PREFIX = "/sso";
    private static final String SSO_COOKIE_PATH = SSO_PREFIX + SsoRealm.REALM_PATH + "/";

    private final RomantikState state;
    private final SessionStore sessions;
    private final SsoRealm realm;
    private final Supplier<LoginMode> mode;

    AuthRoutes(RomantikState state, SessionStore sessions, SsoRealm realm, Supplier<LoginMode> mode) {
        this.state = state;
        this.sessions = sessions;
        this.realm = realm;
        this.mode = mode;
    }

    /** {@code GET /login}: the form (mode 2) or a redirect to the SSO (mode 1); {@code /beranda} when logged in. */
    RomantikResponse loginPage(RomantikRequest request, Optional<WebSession> current) {
        if (current.filter(WebSession::loggedIn).isPresent()) {
            return RomantikResponse.redirect("/beranda");
        }
        WebSession guest = current.orElseGet(sessions::newGuest);
        RomantikResponse response;
        if (mode.get() == LoginMode.SSO) {
            String state = SecureIds.next(16);
            guest.ssoState(state);
            response = RomantikResponse.redirect(Html.url(request.baseUrl() + SSO_PREFIX + SsoRealm.AUTH_PATH,
                    "client_id", SsoRealm.CLIENT_ID, "redirect_uri", request.baseUrl() + SsoRealm.CALLBACK_PATH,
                    "response_type", "code", "scope", "openid", "state", state));
        } else {
            response = RomantikResponse.html(200, AuthPages.loginForm(guest.csrf(), guest.takeFlash(), null));
        }
        return current.isPresent() ? response : withSession(response, guest);
    }

    /** {@code POST /login} (mode 2 only); the CSRF token was checked by the router. */
    RomantikResponse formLogin(RomantikRequest request, WebSession guest) {
        if (mode.get() != LoginMode.FORM) {
            return RomantikResponse.html(405, AuthPages.methodNotAllowed());
        }
        FormValues form = request.form();
        Optional<RomantikAccount> account = state.authenticate(form.first("email"), form.raw("password"));
        if (account.isEmpty()) {
            guest.flash(AuthPages.FORM_LOGIN_FAILED);
            return RomantikResponse.redirect("/login");
        }
        return withSession(RomantikResponse.redirect("/beranda"), sessions.login(guest, account.get().email()));
    }

    /** {@code GET /sso/callback?state=&session_state=&code=}: checks the state, redeems the code, logs in. */
    RomantikResponse callback(RomantikRequest request, Optional<WebSession> current) {
        String expected = current.map(WebSession::ssoState).orElse(null);
        if (expected == null || !expected.equals(request.query("state"))) {
            return RomantikResponse.html(400, AuthPages.badRequest("Invalid state"));
        }
        Optional<String> email = realm.redeem(request.query("code"));
        if (email.isEmpty() || state.account(email.get()).isEmpty()) {
            return RomantikResponse.html(400, AuthPages.badRequest("Invalid authorization code"));
        }
        return withSession(RomantikResponse.redirect("/beranda"), sessions.login(current.get(), email.get()));
    }

    /** {@code POST /logout}; the CSRF token was checked by the router. */
    RomantikResponse logout(WebSession session) {
        sessions.invalidate(session.id());
        return RomantikResponse.redirect("/login").deleteCookie(SessionStore.COOKIE, "/");
    }

    /** The SSO realm's pages: the authorization endpoint and the login action. */
    RomantikResponse sso(RomantikRequest request) {
        String path = request.path().substring(SSO_PREFIX.length());
        String ssoBase = request.baseUrl() + SSO_PREFIX;
        SsoRealm.Outcome outcome;
        if (SsoRealm.AUTH_PATH.equals(path) && "GET".equals(request.method())) {
            outcome = realm.authorize(ssoBase, request.queryParameters(),
                    request.cookie(SsoRealm.SSO_SESSION_COOKIE));
        } else if (SsoRealm.AUTHENTICATE_PATH.equals(path) && "POST".equals(request.method())) {
            FormValues form = request.form();
            outcome = realm.authenticate(ssoBase, request.queryParameters(),
                    request.cookie(SsoRealm.AUTH_SESSION_COOKIE), form.first("username"),
                    form.raw("password"),
                    (username, password) -> state.authenticate(username, password).map(RomantikAccount::email));
        } else {
            return RomantikResponse.html(404, AuthPages.notFound());
        }
        return ssoResponse(outcome);
    }

    private RomantikResponse ssoResponse(SsoRealm.Outcome outcome) {
        if (outcome instanceof SsoRealm.Outcome.ShowLogin login) {
            return RomantikResponse.html(200, AuthPages.ssoLogin(SsoRealm.REALM, login.action(), login.username(),
                    login.failed())).cookie(SsoRealm.AUTH_SESSION_COOKIE, login.authSessionId(), SSO_COOKIE_PATH);
        }
        if (outcome instanceof SsoRealm.Outcome.Redirect redirect) {
            RomantikResponse response = RomantikResponse.redirect(redirect.location());
            if (redirect.ssoSessionId() != null) {
                response.cookie(SsoRealm.SSO_SESSION_COOKIE, redirect.ssoSessionId(), SSO_COOKIE_PATH)
                        .deleteCookie(SsoRealm.AUTH_SESSION_COOKIE, SSO_COOKIE_PATH);
            }
            return response;
        }
        if (outcome instanceof SsoRealm.Outcome.BadRequest bad) {
            return RomantikResponse.html(400, AuthPages.badRequest(bad.message()));
        }
        return RomantikResponse.html(400, AuthPages.ssoExpired());
    }

    static RomantikResponse withSession(RomantikResponse response, WebSession session) {
        return response.cookie(SessionStore.COOKIE, session.id(), "/");
    }
}
