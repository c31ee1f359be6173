package io.github.bpsconnector.testkit.romantik;

import io.github.bpsconnector.testkit.RequestHandler;
import io.github.bpsconnector.testkit.SimRequest;
import io.github.bpsconnector.testkit.SimResponse;
import io.github.bpsconnector.testkit.romantik.SessionStore.WebSession;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Wraps Romantik's handlers with its session and CSRF rules: a protected page without a logged-in session answers
 * {@code 302 /login}; a POST whose {@code _token} is missing or not the session's answers {@code 419} (a POST
 * without a live session too, as in Laravel); a submission that does not exist (or is not the caller's) is
 * {@code 404}.
 */
final class SessionGate {

    /** A handler of a logged-in user's request. */
    @FunctionalInterface
    interface CallHandler {
        SimResponse handle(Call call);
    }

    /** A handler of a request that may come without a session (public pages, login). */
    @FunctionalInterface
    interface OpenHandler {
        SimResponse handle(SimRequest request, Optional<WebSession> session);
    }

    private final RomantikState state;
    private final SessionStore sessions;
    private final RomantikCounters counters;

    SessionGate(RomantikState state, SessionStore sessions, RomantikCounters counters) {
        this.state = state;
        this.sessions = sessions;
        this.counters = counters;
    }

    /** A page for logged-in users. */
    RequestHandler page(CallHandler handler) {
        return request -> guarded(() -> call(request).map(handler::handle)
                .orElseGet(() -> SimResponse.redirect("/login")));
    }

    /** A form POST of a logged-in user. */
    RequestHandler action(CallHandler handler) {
        return request -> guarded(() -> {
            FormValues form = RomantikHttp.form(request);
            Optional<WebSession> session = session(request);
            if (!csrfValid(session, form)) {
                return pageExpired();
            }
            return call(request, session.get(), form).map(handler::handle).orElseGet(this::pageExpired);
        });
    }

    /** A page or POST open to guests; a POST still needs the guest session's {@code _token}. */
    RequestHandler open(OpenHandler handler) {
        return request -> guarded(() -> {
            Optional<WebSession> session = session(request);
            if ("POST".equals(request.method()) && !csrfValid(session, RomantikHttp.form(request))) {
                return pageExpired();
            }
            return handler.handle(request, session);
        });
    }

    /** Who is looking at a public page. */
    Viewer viewer(Optional<WebSession> session) {
        String csrf = session.map(WebSession::csrf).orElse("");
        return session.filter(WebSession::loggedIn).flatMap(live -> state.account(live.email()))
                .map(account -> new Viewer(account, state.instansiOf(account).orElse(null), csrf))
                .orElseGet(() -> Viewer.guest(csrf));
    }

    private SimResponse pageExpired() {
        counters.countCsrfRejected();
        return SimResponse.html(419, AuthPages.pageExpired());
    }

    private boolean csrfValid(Optional<WebSession> session, FormValues form) {
        return session.isPresent() && session.get().csrfMatches(form.raw(Html.CSRF_FIELD));
    }

    private Optional<WebSession> session(SimRequest request) {
        return sessions.find(request.cookie(SessionStore.COOKIE).orElse(null));
    }

    private Optional<Call> call(SimRequest request) {
        return session(request).flatMap(session -> call(request, session, RomantikHttp.form(request)));
    }

    private Optional<Call> call(SimRequest request, WebSession session, FormValues form) {
        if (!session.loggedIn()) {
            return Optional.empty();
        }
        return state.account(session.email()).map(account -> new Call(request, form, session,
                new Viewer(account, state.instansiOf(account).orElse(null), session.csrf())));
    }

    private static SimResponse guarded(Supplier<SimResponse> handler) {
        try {
            return handler.get();
        } catch (NoSuchElementException notFound) {
            return SimResponse.html(404, AuthPages.notFound());
        }
    }
}
