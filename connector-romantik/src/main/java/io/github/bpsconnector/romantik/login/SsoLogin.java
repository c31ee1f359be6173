package io.github.bpsconnector.romantik.login;

import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalChangedException;
import io.github.bpsconnector.core.http.PortalHttpClient;
import io.github.bpsconnector.core.http.PortalResponse;
import io.github.bpsconnector.core.session.Authenticator;
import io.github.bpsconnector.core.session.CredentialsProvider;
import io.github.bpsconnector.core.session.Session;
import io.github.bpsconnector.romantik.RomantikProfile;
import io.github.bpsconnector.romantik.page.HtmlForm;
import io.github.bpsconnector.romantik.page.Page;
import io.github.bpsconnector.romantik.page.PageSnapshots;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Logs in through the SSO with the PST account (the default mode): {@code GET /login}, the redirects to the SSO's
 * Keycloak login page, {@code form#kc-form-login}, the callback and {@code /beranda}, every redirect walked by hand.
 * Before the password is posted, the form's action must be on the configured SSO host (scheme, host, port) and under
 * its realm ({@link RomantikProfile#ssoRealmPrefix()}); otherwise nothing is sent and the result is a
 * {@link PortalChangedException}. Wrong credentials → {@link io.github.bpsconnector.core.error.AuthenticationException}
 * with the SSO's message. Stateless; thread-safe.
 */
public final class SsoLogin implements Authenticator {

    private static final String OPERATION = "login.sso";

    private final LoginSteps steps;
    private final CredentialsProvider credentials;

    /**
     * @param transport the transport
     * @param profile the profile (login path, SSO base URL and realm, selectors, field names)
     * @param credentials the PST account, read at every login
     * @param snapshots where to save a page that does not match
     */
    public SsoLogin(PortalHttpClient transport, RomantikProfile profile, CredentialsProvider credentials,
            PageSnapshots snapshots) {
        this.steps = new LoginSteps(transport, profile, snapshots);
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    @Override
    public Session logIn(Session session) {
        RomantikProfile profile = steps.profile();
        URI current = profile.uri("login");
        PortalResponse response = steps.get(session, current, OPERATION);
        boolean posted = false;
        for (int hop = 0; hop < LoginSteps.MAX_HOPS; hop++) {
            if (response.isRedirect()) {
                URI next = steps.location(response, current, OPERATION);
                if (steps.isHome(next)) {
                    steps.confirmHome(session, next, OPERATION);
                    return session;
                }
                current = next;
                response = steps.get(session, current, OPERATION);
                continue;
            }
            if (response.status() != 200) {
                throw LoginSteps.refused(OPERATION, response.status(), "the SSO answered HTTP " + response.status());
            }
            Page page = steps.page(response, current, OPERATION);
            Optional<Element> form = page.optional("sso.form");
            if (form.isEmpty()) {
                if (steps.isHome(current)) {
                    page.expect("home.userName");
                    return session;
                }
                throw page.changed("sso.form", "not found on the SSO page");
            }
            if (posted) {
                String message = page.optional("sso.error").map(Element::text).filter(text -> !text.isBlank())
                        .orElse("the SSO showed its login form again");
                throw LoginSteps.refused(OPERATION, 200, "the SSO refused the login: " + message.strip());
            }
            HtmlForm login = HtmlForm.read(form.get(), page);
            checkAction(login.action(), profile);
            response = steps.postCredentials(session, login, credentials, "sso.username", "sso.password",
                    OPERATION);
            current = login.action();
            posted = true;
        }
        throw new PortalChangedException(ErrorContext.of("romantik", OPERATION), OPERATION + ": more than "
                + LoginSteps.MAX_HOPS + " steps without reaching " + profile.path("home"),
                "paths.home reached within " + LoginSteps.MAX_HOPS + " steps", null);
    }


    /** Refuses to post a password anywhere but the configured SSO realm. */
    static void checkAction(URI action, RomantikProfile profile) {
        URI realm = URI.create(profile.ssoRealmPrefix());
        boolean onRealm = LoginSteps.sameOrigin(action, realm) && action.getRawPath() != null
                && action.getRawPath().startsWith(realm.getRawPath());
        if (!onRealm) {
            String shown = action.getScheme() + "://" + action.getHost() + (action.getPort() < 0 ? ""
                    : ":" + action.getPort()) + action.getRawPath();
            throw new PortalChangedException(ErrorContext.of("romantik", OPERATION), OPERATION
                    + ": the SSO login form posts to " + shown + ", outside the configured SSO realm "
                    + profile.ssoRealmPrefix() + "; the password was not sent",
                    "sso.baseUrl + sso.realmPath = " + profile.ssoRealmPrefix(), null);
        }
    }
}
