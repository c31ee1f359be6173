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
import org.jsoup.nodes.Element;

/**
 * Logs in with Romantik's own form: {@code GET /login}, {@code form#login-form} with its {@code _token},
 * {@code POST /login} → {@code 302 /beranda}, or back to the form with {@code .alert-danger} (then
 * {@link io.github.bpsconnector.core.error.AuthenticationException} with that text). A {@code 419} (stale token)
 * fetches the form again once. Stateless; thread-safe.
 */
public final class FormLogin implements Authenticator {

    private static final String OPERATION = "login.form";

    private final LoginSteps steps;
    private final CredentialsProvider credentials;

    /**
     * @param transport the transport
     * @param profile the profile
     * @param credentials the account, read at every login
     * @param snapshots where to save a page that does not match
     */
    public FormLogin(PortalHttpClient transport, RomantikProfile profile, CredentialsProvider credentials,
            PageSnapshots snapshots) {
        this.steps = new LoginSteps(transport, profile, snapshots);
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    @Override
    public Session logIn(Session session) {
        RomantikProfile profile = steps.profile();
        URI loginUri = profile.uri("login");
        for (int attempt = 1; attempt <= 2; attempt++) {
            Page page = loginPage(session, loginUri);
            HtmlForm form = HtmlForm.read(page.expect("login.form"), page);
            PortalResponse response = steps.postCredentials(session, form, credentials, "login.email",
                    "login.password", OPERATION);
            if (response.status() == 419 && attempt == 1) {
                continue;
            }
            if (response.isRedirect()) {
                URI next = steps.location(response, form.action(), OPERATION);
                if (steps.isHome(next)) {
                    steps.confirmHome(session, next, OPERATION);
                    return session;
                }
                throw LoginSteps.refused(OPERATION, response.status(), "the portal refused the login: "
                        + errorText(loginPage(session, loginUri)));
            }
            if (response.status() == 200) {
                throw LoginSteps.refused(OPERATION, 200, "the portal refused the login: "
                        + errorText(steps.page(response, form.action(), OPERATION)));
            }
            throw LoginSteps.refused(OPERATION, response.status(), "the login answered HTTP " + response.status());
        }
        throw LoginSteps.refused(OPERATION, 419, "the login form expired twice (HTTP 419)");
    }

    private Page loginPage(Session session, URI loginUri) {
        PortalResponse response = steps.get(session, loginUri, OPERATION);
        if (response.isRedirect()) {
            URI next = steps.location(response, loginUri, OPERATION);
            throw new PortalChangedException(ErrorContext.of("romantik", OPERATION).withHttpStatus(
                    response.status()), OPERATION + ": " + loginUri.getPath() + " redirects to " + next.getHost()
                    + next.getPath() + " instead of showing the login form; does the portal use SSO (loginMode SSO)?",
                    "selectors.login.form on paths.login", null);
        }
        if (response.status() != 200) {
            throw LoginSteps.refused(OPERATION, response.status(), "the login page answered HTTP "
                    + response.status());
        }
        return steps.page(response, loginUri, OPERATION);
    }


    private static String errorText(Page page) {
        return page.optional("login.error").map(Element::text).map(String::strip).filter(text -> !text.isEmpty())
                .orElse("no message shown");
    }
}
