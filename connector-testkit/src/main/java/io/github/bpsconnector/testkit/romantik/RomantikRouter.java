package io.github.bpsconnector.testkit.romantik;

import io.github.bpsconnector.testkit.romantik.SessionStore.WebSession;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every route of the simulated Romantik (§2): public pages, login, and the pages of a logged-in user. It enforces
 * the session (a protected GET without one → {@code 302 /login}) and the CSRF token of every POST (missing or stale
 * → {@code 419}); a POST without a live session is a stale token too, as in Laravel.
 */
final class RomantikRouter {

    private static final Logger LOG = LoggerFactory.getLogger(RomantikRouter.class);
    private static final String TERBIT = "/rekomendasi-terbit";

    private final RomantikState state;
    private final SessionStore sessions;
    private final RomantikCounters counters;
    private final AuthRoutes auth;
    private final ProdusenRoutes produsen;
    private final WalidataRoutes walidata;

    RomantikRouter(RomantikState state, SessionStore sessions, SsoRealm realm, Supplier<LoginMode> mode,
            RomantikCounters counters) {
        this.state = state;
        this.sessions = sessions;
        this.counters = counters;
        this.auth = new AuthRoutes(state, sessions, realm, mode);
        this.produsen = new ProdusenRoutes(state);
        this.walidata = new WalidataRoutes(state);
    }

    RomantikResponse route(RomantikRequest request) {
        try {
            RomantikResponse response = dispatch(request);
            return response != null ? response : RomantikResponse.html(404, AuthPages.notFound());
        } catch (NoSuchElementException notFound) {
            return RomantikResponse.html(404, AuthPages.notFound());
        } catch (RuntimeException unexpected) {
            LOG.error("Simulated Romantik failed on {} {}", request.method(), request.path(), unexpected);
            return RomantikResponse.html(500, AuthPages.serverError());
        }
    }

    private RomantikResponse dispatch(RomantikRequest request) {
        String path = request.path();
        String method = request.method();
        boolean get = "GET".equals(method);
        boolean post = "POST".equals(method);
        if (!get && !post) {
            return RomantikResponse.html(405, AuthPages.methodNotAllowed());
        }
        if (path.startsWith(AuthRoutes.SSO_PREFIX + SsoRealm.REALM_PATH + "/")) {
            return auth.sso(request);
        }
        Optional<WebSession> session = sessions.find(request.cookie(SessionStore.COOKIE));
        Optional<RomantikAccount> account = session.filter(WebSession::loggedIn)
                .flatMap(live -> state.account(live.email()));
        if (get && (path.equals(TERBIT) || path.startsWith(TERBIT + "/"))) {
            return PublicRoutes.route(request, state, viewer(session, account));
        }
        if (get && path.equals("/")) {
            return RomantikResponse.redirect(account.isPresent() ? "/beranda" : "/login");
        }
        if (get && path.equals("/login")) {
            return auth.loginPage(request, session);
        }
        if (get && path.equals(SsoRealm.CALLBACK_PATH)) {
            return auth.callback(request, session);
        }
        if (post && !csrfValid(request, session)) {
            counters.countCsrfRejected();
            return RomantikResponse.html(419, AuthPages.pageExpired());
        }
        if (post && path.equals("/login")) {
            return auth.formLogin(request, session.get());
        }
        if (account.isEmpty()) {
            return get ? RomantikResponse.redirect("/login") : RomantikResponse.html(419, AuthPages.pageExpired());
        }
        if (post && path.equals("/logout")) {
            return auth.logout(session.get());
        }
        Call call = new Call(request, session.get(), viewer(session, account));
        RomantikResponse response = walidata.route(call);
        return response != null ? response : produsen.route(call);
    }

    private static boolean csrfValid(RomantikRequest request, Optional<WebSession> session) {
        return session.isPresent() && session.get().csrfMatches(request.form().raw(Html.CSRF_FIELD));
    }

    private Viewer viewer(Optional<WebSession> session, Optional<RomantikAccount> account) {
        String csrf = session.map(WebSession::csrf).orElse("");
        return account.map(found -> new Viewer(found, state.instansiOf(found).orElse(null), csrf))
                .orElseGet(() -> Viewer.guest(csrf));
    }
}
