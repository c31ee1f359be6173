package io.github.bpsconnector.romantik;

import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalChangedException;
import io.github.bpsconnector.core.error.PortalException;
import io.github.bpsconnector.core.error.PortalRejectedException;
import io.github.bpsconnector.core.error.SessionExpiredException;
import io.github.bpsconnector.core.http.HttpExchange;
import io.github.bpsconnector.core.http.PortalHttpClient;
import io.github.bpsconnector.core.http.PortalRequest;
import io.github.bpsconnector.core.http.PortalResponse;
import io.github.bpsconnector.core.http.RedirectMode;
import io.github.bpsconnector.core.http.RequestBody;
import io.github.bpsconnector.core.http.SessionRenewal;
import io.github.bpsconnector.core.session.Session;
import io.github.bpsconnector.core.session.SessionManager;
import io.github.bpsconnector.romantik.login.RomantikExpiryDetector;
import io.github.bpsconnector.romantik.page.HtmlForm;
import io.github.bpsconnector.romantik.page.Page;
import io.github.bpsconnector.romantik.page.PageSnapshots;
import io.github.bpsconnector.romantik.page.RefusalParser;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The client's way to the portal: pages fetched with the current session (renewed once when it has ended), forms
 * read from their page and posted with that page's CSRF token, refusals turned into typed exceptions. Redirects are
 * never followed by the transport, so an ended session shows as the redirect to the login page it is.
 */
final class RomantikWeb {

    private static final int MAX_PAGE_REDIRECTS = 5;

    /** What came back from a submitted form: the redirect target, if any. */
    record Submitted(Optional<URI> location) {
    }

    private final PortalHttpClient transport;
    private final RomantikProfile profile;
    private final SessionManager sessions;
    private final SessionRenewal<Session> renewal;
    private final PageSnapshots snapshots;

    RomantikWeb(PortalHttpClient transport, RomantikProfile profile, SessionManager sessions,
            PageSnapshots snapshots) {
        this.transport = transport;
        this.profile = profile;
        this.sessions = sessions;
        this.snapshots = snapshots;
        this.renewal = new SessionRenewal<>("romantik", new RomantikExpiryDetector(profile), sessions::current,
                sessions::renew);
    }

    RomantikProfile profile() {
        return profile;
    }

    PageSnapshots snapshots() {
        return snapshots;
    }

    /** Runs {@code call} with the current session, renewing it once when the answer shows it ended. */
    PortalResponse withSession(String operation, boolean safe, Function<Session, PortalResponse> call) {
        return renewal.call(operation, safe, call);
    }

    /** The streaming exchange of the current session (downloads), which does not renew the session. */
    HttpExchange exchange(String operation) {
        return transport.exchange(sessions.current().newHttpContext(), operation);
    }

    /** GETs a page; a redirect inside the portal is followed, an error status is a typed exception. */
    Page get(String operation, URI uri) {
        URI current = uri;
        for (int hop = 0; hop <= MAX_PAGE_REDIRECTS; hop++) {
            URI target = current;
            PortalResponse response = withSession(operation, true, session -> transport.send(
                    PortalRequest.get(target).operation(operation).redirects(RedirectMode.MANUAL).build(),
                    session.newHttpContext()));
            if (!response.isRedirect()) {
                if (response.status() != 200) {
                    throw statusError(operation, response, target);
                }
                return Page.parse(response.text(), target, profile, snapshots, operation);
            }
            current = target.resolve(response.location().orElseThrow(() -> new PortalChangedException(
                    ErrorContext.of("romantik", operation).withHttpStatus(response.status()),
                    operation + ": a redirect without a Location header", "a Location header", null)));
        }
        throw new PortalChangedException(ErrorContext.of("romantik", operation), operation + ": more than "
                + MAX_PAGE_REDIRECTS + " redirects from " + uri.getPath(), "a page within " + MAX_PAGE_REDIRECTS
                + " redirects", null);
    }

    /**
     * Submits the form {@code formKey} of the page at {@code formPage}: the page is fetched for its form and CSRF
     * token, {@code body} turns the form into what is posted. A {@code 419} (stale token) or an ended session fetches
     * the page again once: the portal refused the first post, so posting again cannot do the work twice.
     *
     * @throws PortalRejectedException when the portal refuses the input ({@code 422} with its messages)
     */
    Submitted submit(String operation, URI formPage, String formKey, Function<HtmlForm, RequestBody> body) {
        for (int attempt = 1; attempt <= 2; attempt++) {
            Page page = get(operation, formPage);
            HtmlForm form = HtmlForm.read(page.expect(formKey), page);
            RequestBody content = body.apply(form);
            PortalResponse response;
            try {
                response = withSession(operation, false, session -> transport.send(
                        PortalRequest.post(form.action()).body(content).operation(operation)
                                .redirects(RedirectMode.MANUAL).build(), session.newHttpContext()));
            } catch (SessionExpiredException expired) {
                if (attempt == 2) {
                    throw expired;
                }
                continue;
            }
            if (response.status() == 419 && attempt == 1) {
                continue;
            }
            return interpret(operation, response, form.action());
        }
        throw new PortalRejectedException(ErrorContext.of("romantik", operation).withHttpStatus(419),
                operation + ": the form expired twice (HTTP 419)", List.of());
    }

    /** Submits a URL-encoded form with its fields replaced by {@code fill}. */
    Submitted submitForm(String operation, URI formPage, String formKey,
            java.util.function.UnaryOperator<HtmlForm> fill) {
        return submit(operation, formPage, formKey, form -> RequestBody.form(fill.apply(form).data()));
    }

    private Submitted interpret(String operation, PortalResponse response, URI action) {
        if (response.isRedirect()) {
            return new Submitted(response.location().map(action::resolve));
        }
        if (response.status() >= 200 && response.status() < 300) {
            Page page = Page.parse(response.text(), action, profile, snapshots, operation);
            if (page.optional("refusal.alert").isPresent()) {
                throw RefusalParser.parse(page, ErrorContext.of("romantik", operation).withHttpStatus(
                        response.status()));
            }
            return new Submitted(Optional.empty());
        }
        throw statusError(operation, response, action);
    }

    /** The typed exception of an error status. */
    PortalException statusError(String operation, PortalResponse response, URI uri) {
        ErrorContext context = ErrorContext.of("romantik", operation).withHttpStatus(response.status());
        context = response.header("X-Request-Id").map(context::withCorrelationId).orElse(context);
        return switch (response.status()) {
            case 422 -> RefusalParser.parse(Page.parse(response.text(), uri, profile, snapshots, operation), context);
            case 404 -> new PortalRejectedException(context, operation + ": not found: " + uri.getPath(), List.of());
            case 403 -> new PortalRejectedException(context, operation + ": the account may not open "
                    + uri.getPath() + " (HTTP 403)", List.of());
            case 419 -> new PortalRejectedException(context, operation + ": the form expired (HTTP 419)", List.of());
            default -> new PortalChangedException(context, operation + ": unexpected HTTP " + response.status()
                    + " from " + uri.getPath(), "HTTP 200 or a redirect", null);
        };
    }
}
