package io.github.bpsconnector.romantik.login;

import io.github.bpsconnector.core.http.PortalResponse;
import io.github.bpsconnector.core.http.SessionExpiryDetector;
import io.github.bpsconnector.romantik.RomantikProfile;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Recognises an ended Romantik session: a redirect to the login page or into the SSO realm, or a page showing a
 * login form (Romantik's or the SSO's) where another page was asked for.
 */
public final class RomantikExpiryDetector implements SessionExpiryDetector {

    /** The ids, classes and attribute values a CSS selector names (an element it matches has them in its tag). */
    private static final Pattern SELECTOR_NAMES = Pattern.compile(
            "[#.]([\\w-]+)|\\[[\\w-]+\\s*[~|^$*]?=\\s*[\"']?([\\w-]+)");

    private final RomantikProfile profile;
    private final List<List<String>> loginFormNames;

    /** @param profile the profile (login path, SSO realm, login form selectors) */
    public RomantikExpiryDetector(RomantikProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.loginFormNames = new ArrayList<>();
        for (String key : List.of("login.form", "sso.form")) {
            for (String group : profile.selector(key).split(",")) {
                loginFormNames.add(names(group));
            }
        }
    }

    @Override
    public boolean isExpired(PortalResponse response) {
        if (response.isRedirect()) {
            return response.location().map(location -> isLogin(response.finalUri().resolve(location)))
                    .orElse(false);
        }
        if (response.status() != 200 || response.contentType().map(type -> !type.getMimeType()
                .contains("html")).orElse(false)) {
            return false;
        }
        String html = response.text();
        if (!mayHoldLoginForm(html)) {
            return false;
        }
        Document page = Jsoup.parse(html);
        return page.selectFirst(profile.selector("login.form")) != null
                || page.selectFirst(profile.selector("sso.form")) != null;
    }

    /**
     * Whether the text holds every name one of the login-form selectors needs. Every page of a live session passes
     * through here, and a full parse just for this check would cost as much again as reading the page itself.
     */
    private boolean mayHoldLoginForm(String html) {
        return loginFormNames.stream().anyMatch(names -> names.stream().allMatch(html::contains));
    }

    private static List<String> names(String selector) {
        List<String> names = new ArrayList<>();
        Matcher matcher = SELECTOR_NAMES.matcher(selector);
        while (matcher.find()) {
            names.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        return names;
    }

    private boolean isLogin(URI target) {
        URI login = profile.uri("login");
        if (LoginSteps.sameOrigin(target, login) && login.getPath().equals(target.getPath())) {
            return true;
        }
        URI realm = URI.create(profile.ssoRealmPrefix());
        return LoginSteps.sameOrigin(target, realm) && target.getRawPath() != null
                && target.getRawPath().startsWith(realm.getRawPath());
    }
}
