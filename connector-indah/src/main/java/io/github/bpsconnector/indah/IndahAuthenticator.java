package io.github.bpsconnector.indah;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.core.error.AuthenticationException;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalChangedException;
import io.github.bpsconnector.core.http.PortalResponse;
import io.github.bpsconnector.core.session.Authenticator;
import io.github.bpsconnector.core.session.Credentials;
import io.github.bpsconnector.core.session.PastedSession;
import io.github.bpsconnector.core.session.SavedSession;
import io.github.bpsconnector.core.session.Session;
import io.github.bpsconnector.core.session.SessionStore;
import java.net.URI;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logs in to INDAH the way the {@link IndahLogin} says: API login (with a solved captcha if asked), or, for a token
 * from a browser, reading the saved session again and otherwise refusing with instructions. A session obtained by
 * API login is saved to the session store when there is one.
 */
final class IndahAuthenticator implements Authenticator {

    private static final Pattern DATA_URI = Pattern.compile("data:([^;,]+)?(;base64)?,(.*)", Pattern.DOTALL);

    private final IndahLogin login;
    private final IndahApi api;
    private final SessionStore store;
    private final URI webBase;
    private volatile Optional<String> lastToken;

    IndahAuthenticator(IndahLogin login, IndahApi api, SessionStore store, URI webBase, Session initial) {
        this.login = login;
        this.api = api;
        this.store = store;
        this.webBase = webBase;
        this.lastToken = initial == null ? Optional.empty() : initial.bearerToken();
    }

    /** The session to start with: a pasted token or a saved session, if any. */
    static Optional<Session> initialSession(IndahLogin login, SessionStore store, URI apiBase) {
        if (login.token().isPresent()) {
            return Optional.of(PastedSession.forPortal(apiBase).bearerToken(login.token().get()).build());
        }
        return store == null ? Optional.empty() : store.loadIfPresent().map(SavedSession::session);
    }

    @Override
    public Session logIn(Session fresh) {
        return switch (login.mode()) {
            case BROWSER_TOKEN -> reloadSaved();
            case PASSWORD, PASSWORD_WITH_CAPTCHA -> apiLogin(fresh);
        };
    }

    private Session reloadSaved() {
        // another run (or the user) may have saved a newer token since this session started
        Optional<Session> saved = store == null ? Optional.empty()
                : store.loadIfPresent().map(SavedSession::session).filter(s -> s.bearerToken().isPresent());
        if (saved.isPresent() && !saved.get().bearerToken().equals(lastToken)) {
            lastToken = saved.get().bearerToken();
            return saved.get();
        }
        throw new AuthenticationException(ErrorContext.of(IndahApi.PORTAL, "login"),
                "the INDAH token from the browser login has expired or was refused, and this client cannot log in "
                        + "unattended: log in again at " + webBase + " in a browser, copy the new "
                        + "token (localStorage 'vuex' auth.token) and give it to the client"
                        + (store != null ? " or save it into " + store.file() : "")
                        + "; or configure IndahLogin.password / passwordWithCaptcha");
    }

    private Session apiLogin(Session fresh) {
        IndahProfile profile = api.profile();
        ObjectNode body = IndahResponses.MAPPER.createObjectNode();
        if (login.mode() == IndahLogin.Mode.PASSWORD_WITH_CAPTCHA) {
            CaptchaChallenge challenge = captcha();
            String answer = login.solver().solve(challenge);
            if (answer == null || answer.isBlank()) {
                throw new AuthenticationException(ErrorContext.of(IndahApi.PORTAL, "login"),
                        "the captcha solver gave no code; not logging in");
            }
            body.put(profile.key("login.captchaId"), challenge.captchaId());
            body.put(profile.key("login.captchaAnswer"), answer.trim());
        }
        String json;
        try (Credentials credentials = login.credentials().get()) {
            body.put(profile.key("login.username"), credentials.username());
            credentials.withPassword(password -> body.put(profile.key("login.password"), new String(password)));
            body.put(profile.key("login.rememberMe"), false);
            json = body.toString();
        }
        URI uri = api.uri("authenticate", null, Map.of());
        PortalResponse response = api.sendAnonymous("login", "POST", uri, json, fresh);
        ErrorContext context = ErrorContext.of(IndahApi.PORTAL, "login").withHttpStatus(response.status());
        if (response.status() == 401) {
            throw new AuthenticationException(context, "INDAH refused the user name or password");
        }
        if (response.status() == 400 && login.mode() == IndahLogin.Mode.PASSWORD_WITH_CAPTCHA) {
            throw new AuthenticationException(context, "INDAH refused the login, most likely the captcha code; "
                    + "log in again with a new captcha");
        }
        if (response.status() == 400) {
            throw new AuthenticationException(context, "INDAH refused the login without a captcha; configure "
                    + "IndahLogin.passwordWithCaptcha or use a token from a browser login");
        }
        JsonNode answer = api.responses().body(context, response);
        String token = Optional.ofNullable(IndahResponses.text(answer, profile.key("login.token")))
                .or(() -> Optional.ofNullable(IndahResponses.text(answer, profile.key("login.tokenAlternative"))))
                .orElseThrow(() -> new PortalChangedException(context, "the login answer holds no token",
                        profile.key("login.token"), null));
        fresh.setBearerToken(token);
        if (store != null) {
            store.save(fresh, "indah");
        }
        return fresh;
    }

    private CaptchaChallenge captcha() {
        IndahProfile profile = api.profile();
        JsonNode node = api.getPublic("login.captcha", api.uri("captcha", null, Map.of()));
        String id = IndahResponses.text(node, profile.key("login.captchaId"));
        String image = IndahResponses.text(node, profile.key("login.captchaImage"));
        ErrorContext context = ErrorContext.of(IndahApi.PORTAL, "login.captcha");
        if (id == null || image == null) {
            throw new PortalChangedException(context, "the captcha answer has no id or image",
                    profile.key("login.captchaId") + ", " + profile.key("login.captchaImage"), null);
        }
        Matcher dataUri = DATA_URI.matcher(image);
        try {
            if (dataUri.matches()) {
                return new CaptchaChallenge(id, dataUri.group(1) == null ? "image/png" : dataUri.group(1),
                        Base64.getDecoder().decode(dataUri.group(3).trim()));
            }
            return new CaptchaChallenge(id, "image/png", Base64.getDecoder().decode(image.trim()));
        } catch (IllegalArgumentException e) {
            throw new PortalChangedException(context, "the captcha image is not base64", "data URI", null);
        }
    }
}
