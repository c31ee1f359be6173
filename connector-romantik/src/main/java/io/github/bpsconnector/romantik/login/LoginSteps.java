package io.github.bpsconnector.romantik.login;

import io.github.bpsconnector.core.error.AuthenticationException;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalChangedException;
import io.github.bpsconnector.core.http.PortalHttpClient;
import io.github.bpsconnector.core.http.PortalRequest;
import io.github.bpsconnector.core.http.PortalResponse;
import io.github.bpsconnector.core.http.RedirectMode;
import io.github.bpsconnector.core.http.RequestBody;
import io.github.bpsconnector.core.session.Credentials;
import io.github.bpsconnector.core.session.CredentialsProvider;
import io.github.bpsconnector.core.session.Session;
import io.github.bpsconnector.romantik.RomantikProfile;
import io.github.bpsconnector.romantik.page.HtmlForm;
import io.github.bpsconnector.romantik.page.Page;
import io.github.bpsconnector.romantik.page.PageSnapshots;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.hc.core5.http.NameValuePair;

/** The requests of a login walk: redirects are never followed by the transport, the walk follows them itself. */
final class LoginSteps {

    /** Most redirects and pages one login walks through. */
    static final int MAX_HOPS = 20;

    private final PortalHttpClient transport;
    private final RomantikProfile profile;
    private final PageSnapshots snapshots;

    LoginSteps(PortalHttpClient transport, RomantikProfile profile, PageSnapshots snapshots) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
    }

    RomantikProfile profile() {
        return profile;
    }

    PortalResponse get(Session session, URI uri, String operation) {
        return transport.send(PortalRequest.get(uri).operation(operation).redirects(RedirectMode.MANUAL).build(),
                session.newHttpContext());
    }

    PortalResponse post(Session session, URI uri, List<NameValuePair> fields, String operation) {
        return transport.send(PortalRequest.post(uri).body(RequestBody.form(fields)).operation(operation)
                .redirects(RedirectMode.MANUAL).build(), session.newHttpContext());
    }

    /**
     * Posts a login form with the account filled in; the password is a {@code String} only inside the call and its
     * array copy is cleared after.
     */
    PortalResponse postCredentials(Session session, HtmlForm form, CredentialsProvider credentials, String userKey,
            String passwordKey, String operation) {
        try (Credentials account = credentials.get()) {
            HtmlForm filled = form.with(profile.field(userKey), account.username());
            return account.withPassword(password -> post(session, form.action(),
                    filled.with(profile.field(passwordKey), new String(password)).data(), operation));
        }
    }

    Page page(PortalResponse response, URI uri, String operation) {
        return Page.parse(response.text(), uri, profile, snapshots, operation);
    }

    /** The absolute target of a redirect. */
    URI location(PortalResponse response, URI current, String operation) {
        Optional<URI> location = response.location();
        if (location.isEmpty()) {
            throw new PortalChangedException(ErrorContext.of("romantik", operation).withHttpStatus(
                    response.status()), operation + ": a redirect without a Location header", "a Location header",
                    null);
        }
        return current.resolve(location.get());
    }

    /** Whether {@code uri} is the portal's home page. */
    boolean isHome(URI uri) {
        return sameOrigin(uri, profile.baseUrl()) && profile.path("home").equals(uri.getPath());
    }

    /** GETs the home page and checks that it is a logged-in page. */
    void confirmHome(Session session, URI home, String operation) {
        PortalResponse response = get(session, home, operation);
        if (response.status() != 200) {
            throw new AuthenticationException(ErrorContext.of("romantik", operation).withHttpStatus(
                    response.status()), operation + ": the home page did not open after logging in");
        }
        page(response, home, operation).expect("home.userName");
    }

    static boolean sameOrigin(URI a, URI b) {
        return Objects.equals(a.getScheme(), b.getScheme()) && Objects.equals(a.getHost(), b.getHost())
                && port(a) == port(b);
    }

    static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equals(uri.getScheme()) ? 443 : 80;
    }

    static AuthenticationException refused(String operation, int status, String message) {
        return new AuthenticationException(ErrorContext.of("romantik", operation).withHttpStatus(status),
                operation + ": " + message);
    }
}
