package io.github.bpsconnector.romantik.login;

import io.github.bpsconnector.core.http.PortalResponse;
import io.github.bpsconnector.core.http.SessionExpiryDetector;
import io.github.bpsconnector.romantik.RomantikProfile;
import java.net.URI;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Recognises an ended Romantik session: a redirect to the login page or into the SSO realm, or a page showing a
 * login form (Romantik's or the SSO's) where another page was asked for.
 */
public final class RomantikExpiryDetector implements SessionExpiryDetector {

    private final RomantikProfile profile;

    /** @param profile the profile (login path, SSO realm, login form selectors) */
    public RomantikExpiryDetector(RomantikProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
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
        Document page = Jsoup.parse(response.text());
        return page.selectFirst(profile.selector("login.form")) != null
                || page.selectFirst(profile.selector("sso.form")) != null;
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
