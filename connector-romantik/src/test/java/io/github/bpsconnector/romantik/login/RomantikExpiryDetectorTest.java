package io.github.bpsconnector.romantik.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.core.http.PortalResponse;
import io.github.bpsconnector.romantik.RomantikProfile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hc.core5.http.message.BasicHeader;
import org.junit.jupiter.api.Test;

class RomantikExpiryDetectorTest {

    private static final URI PAGE = URI.create("https://romantik.web.bps.go.id/pengajuan");

    private final RomantikExpiryDetector detector = new RomantikExpiryDetector(RomantikProfile.defaults());

    @Test
    void romantiksLoginFormWhereAPageWasAskedForIsAnEndedSession() throws IOException {
        assertThat(detector.isExpired(page(saved("login-form.html")))).isTrue();
    }

    @Test
    void theSsoLoginFormIsAnEndedSession() {
        assertThat(detector.isExpired(page("<html><body><form id=\"kc-form-login\" action=\"/x\">"
                + "<input name=\"username\"></form></body></html>"))).isTrue();
    }

    @Test
    void pagesOfALiveSessionAreNot() throws IOException {
        assertThat(detector.isExpired(page(saved("daftar-pengajuan.html")))).isFalse();
        assertThat(detector.isExpired(page(saved("detail-layak.html")))).isFalse();
    }

    @Test
    void aPageNamingTheFormOnlyInItsTextIsReadBeforeItIsJudged() {
        assertThat(detector.isExpired(page("<html><body><p>login-form kc-form-login</p></body></html>"))).isFalse();
    }

    @Test
    void aRenamedLoginFormIsFoundWithTheProfilesSelector() {
        RomantikExpiryDetector renamed = new RomantikExpiryDetector(RomantikProfile.defaults()
                .withSelector("login.form", "div.masuk form[action*=masuk], form.alt-login"));
        assertThat(renamed.isExpired(page("<div class=\"masuk\"><form action=\"/masuk\"></form></div>"))).isTrue();
        assertThat(renamed.isExpired(page("<form class=\"alt-login\"></form>"))).isTrue();
        assertThat(renamed.isExpired(page("<form id=\"login-form\"></form>"))).isFalse();
    }

    private static PortalResponse page(String html) {
        return new PortalResponse(200, List.of(new BasicHeader("Content-Type", "text/html; charset=UTF-8")),
                html.getBytes(StandardCharsets.UTF_8), PAGE);
    }

    private static String saved(String name) throws IOException {
        try (InputStream in = RomantikExpiryDetectorTest.class.getResourceAsStream(
                "/io/github/bpsconnector/romantik/pages/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
