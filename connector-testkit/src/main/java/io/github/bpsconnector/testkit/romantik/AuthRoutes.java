package io.github.bpsconnector.testkit.romantik;

import io.github.bpsconnector.testkit.SimRequest;
import io.github.bpsconnector.testkit.SimResponse;
import io.github.bpsconnector.testkit.romantik.SessionStore.WebSession;
import java.util.LinkedHashMap;
import java.util.Map;
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
    private final Supplier<String> fallbackBaseUrl;

    AuthRoutes(RomantikState state, SessionStore sessions, SsoRealm realm, Supplier<LoginMode> mode,
            Supplier<String> fallbackBaseUrl) {
        this.state = state;
        this.sessions = sessions;
        this.realm = realm;
        this.mode = mode;
        this.fallbackBaseUrl = fallbackBaseUrl;
    }

    /** {@code GET /}: home or login. */
    SimResponse root(SimRequest request, Optional<WebSession> session) {
        return SimResponse.redirect(session.filter(WebSession::loggedIn).isPresent() ? "/beranda" : "/login");
    }

    /** {@code GET /login}: the form (mode 2) or a redirect to the SSO (mode 1); {@code /beranda} when logged in. */
    SimResponse loginPage(SimRequest request, Optional<WebSession> current) {
        if (current.filter(WebSession::loggedIn).isPresent()) {
            return SimResponse.redirect("/beranda");
        }
        WebSession guest = current.orElseGet(sessions::newGuest);
        SimResponse response;
        if (mode.get() == LoginMode.SSO) {
            String state = SecureIds.next(16);
            guest.ssoState(state);
            String base = base(request);
            response = SimResponse.redirect(Html.url(base + SSO_PREFIX + SsoRealm.AUTH_PATH,
                    "client_id", SsoRealm.CLIENT_ID, "redirect_uri", base + SsoRealm.CALLBACK_PATH,
                    "response_type", "code", "scope", "openid", "state", state));
        } else {
            response = SimResponse.html(200, AuthPages.loginForm(guest.csrf(), guest.takeFlash(), null));
        }
        return current.isPresent() ? response : withSession(response, guest);
    }

    /** {@code POST /login} (mode 2 only); the guest session's CSRF token was checked already. */
    SimResponse formLogin(SimRequest request, Optional<WebSession> guest) {
        if (mode.get() != LoginMode.FORM) {
            return SimResponse.html(405, AuthPages.methodNotAllowed());
        }
        FormValues form = RomantikHttp.form(request);
        Optional<RomantikAccount> account = state.authenticate(form.first("email"), form.raw("password"));
        if (account.isEmpty()) {
            guest.get().flash(AuthPages.FORM_LOGIN_FAILED);
            return SimResponse.redirect("/login");
        }
        return withSession(SimResponse.redirect("/beranda"), sessions.login(guest.get(), account.get().email()));
    }

    /** {@code GET /sso/callback?state=&session_state=&code=}: checks the state, redeems the code, logs in. */
    SimResponse callback(SimRequest request, Optional<WebSession> current) {
        String expected = current.map(WebSession::ssoState).orElse(null);
        if (expected == null || !expected.equals(request.query("state").orElse(null))) {
            return SimResponse.html(400, AuthPages.badRequest("Invalid state"));
        }
        Optional<String> email = realm.redeem(request.query("code").orElse(null));
        if (email.isEmpty() || state.account(email.get()).isEmpty()) {
            return SimResponse.html(400, AuthPages.badRequest("Invalid authorization code"));
        }
        return withSession(SimResponse.redirect("/beranda"), sessions.login(current.get(), email.get()));
    }

    /** {@code POST /logout}. */
    SimResponse logout(Call call) {
        sessions.invalidate(call.session().id());
        return RomantikHttp.deleteCookie(SimResponse.redirect("/login"), SessionStore.COOKIE, "/");
    }

    /** {@code GET {sso}/auth/realms/eksternal/protocol/openid-connect/auth}. */
    SimResponse ssoAuthorize(SimRequest request) {
        return ssoResponse(realm.authorize(base(request) + SSO_PREFIX, query(request, "client_id", "redirect_uri",
                "response_type", "scope", "state"), request.cookie(SsoRealm.SSO_SESSION_COOKIE).orElse(null)));
    }

    /** {@code POST {sso}/auth/realms/eksternal/login-actions/authenticate} (Keycloak has no CSRF field here). */
    SimResponse ssoAuthenticate(SimRequest request) {
        FormValues form = RomantikHttp.form(request);
        return ssoResponse(realm.authenticate(base(request) + SSO_PREFIX,
                query(request, "session_code", "execution", "client_id", "tab_id"),
                request.cookie(SsoRealm.AUTH_SESSION_COOKIE).orElse(null), form.first("username"),
                form.raw("password"),
                (username, password) -> state.authenticate(username, password).map(RomantikAccount::email)));
    }

    private SimResponse ssoResponse(SsoRealm.Outcome outcome) {
        if (outcome instanceof SsoRealm.Outcome.ShowLogin login) {
            return RomantikHttp.withCookie(SimResponse.html(200, AuthPages.ssoLogin(SsoRealm.REALM, login.action(),
                    login.username(), login.failed())), SsoRealm.AUTH_SESSION_COOKIE, login.authSessionId(),
                    SSO_COOKIE_PATH);
        }
        if (outcome instanceof SsoRealm.Outcome.Redirect redirect) {
            SimResponse response = SimResponse.redirect(redirect.location());
            if (redirect.ssoSessionId() != null) {
                response = RomantikHttp.deleteCookie(RomantikHttp.withCookie(response, SsoRealm.SSO_SESSION_COOKIE,
                        redirect.ssoSessionId(), SSO_COOKIE_PATH), SsoRealm.AUTH_SESSION_COOKIE, SSO_COOKIE_PATH);
            }
            return response;
        }
        if (outcome instanceof SsoRealm.Outcome.BadRequest bad) {
            return SimResponse.html(400, AuthPages.badRequest(bad.message()));
        }
        return SimResponse.html(400, AuthPages.ssoExpired());
    }

    private String base(SimRequest request) {
        return RomantikHttp.baseUrl(request, fallbackBaseUrl.get());
    }

    private static Map<String, String> query(SimRequest request, String... names) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : names) {
            request.query(name).ifPresent(value -> values.put(name, value));
        }
        return values;
    }

    static SimResponse withSession(SimResponse response, WebSession session) {
        return RomantikHttp.withCookie(response, SessionStore.COOKIE, session.id(), "/");
    }
}
