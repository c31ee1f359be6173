package io.github.bpsconnector.testkit.romantik;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.testkit.RawHttp.Reply;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class RomantikLoginHttpTest extends RomantikHttpTestBase {

    @Test
    void ssoLoginGoesThroughTheKeycloakLikeRealmAndBackWithACode() {
        Reply toSso = browser.get("/login");
        assertThat(toSso.status()).isEqualTo(302);
        URI auth = URI.create(toSso.header("Location").orElseThrow());
        assertThat(auth.getPath()).isEqualTo("/sso/auth/realms/eksternal/protocol/openid-connect/auth");
        assertThat(auth.getRawQuery()).contains("client_id=romantik", "response_type=code", "scope=openid",
                "redirect_uri=" + java.net.URLEncoder.encode(romantik.baseUrl() + "/sso/callback",
                        java.nio.charset.StandardCharsets.UTF_8), "state=");

        Document ssoPage = browser.page(browser.get(auth.toString()));
        Element form = ssoPage.expectFirst("form#kc-form-login");
        URI action = URI.create(form.attr("action"));
        assertThat(romantik.ssoBaseUrl() + "/auth/realms/eksternal/login-actions/authenticate")
                .isEqualTo(action.getScheme() + "://" + action.getAuthority() + action.getPath());
        assertThat(action.getRawQuery()).contains("session_code=", "execution=", "client_id=romantik", "tab_id=");
        assertThat(form.select("input[name=username], input[name=password], input[type=hidden][name=credentialId]"))
                .hasSize(3);

        Reply callback = browser.submit(ssoPage, "form#kc-form-login", Map.of("username", List.of(PRODUSEN),
                "password", List.of(PRODUSEN_PASSWORD)));
        assertThat(callback.status()).isEqualTo(302);
        URI back = URI.create(callback.header("Location").orElseThrow());
        assertThat(back.getPath()).isEqualTo("/sso/callback");
        assertThat(back.getRawQuery()).matches("state=[^&]+&session_state=[^&]+&code=[^&]+");

        Reply home = browser.get(back.toString());
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.header("Location")).hasValue("/beranda");
        assertThat(home.headers("Set-Cookie")).anyMatch(c -> c.startsWith("romantik_session=") && c.contains("HttpOnly"));
        Document beranda = browser.open("/beranda");
        assertThat(beranda.expectFirst("#user-email").text()).isEqualTo(PRODUSEN);
        assertThat(beranda.expectFirst("#user-instansi").text()).isEqualTo("Dinas Kesehatan Kabupaten Jember");
        assertThat(beranda.expectFirst("#user-peran").text()).isEqualTo("Produsen Data");
        assertThat(romantik.romantikCounters().loginsSucceeded()).isEqualTo(1);
    }

    @Test
    void badSsoCredentialsReRenderTheFormWithInputError() {
        Document ssoPage = browser.page(browser.get(browser.get("/login").header("Location").orElseThrow()));

        Reply failed = browser.submit(ssoPage, "form#kc-form-login", Map.of("username", List.of(PRODUSEN),
                "password", List.of("salah")));

        assertThat(failed.status()).isEqualTo(200);
        Document again = browser.page(failed);
        assertThat(again.expectFirst("#input-error").text()).isEqualTo("Invalid username or password.");
        assertThat(again.expectFirst("form#kc-form-login input[name=username]").val()).isEqualTo(PRODUSEN);
        assertThat(browser.submit(ssoPage, "form#kc-form-login", Map.of("username", List.of(PRODUSEN),
                "password", List.of(PRODUSEN_PASSWORD))).status())
                .as("the first page's session_code is stale after a failure").isEqualTo(400);
        assertThat(romantik.romantikCounters().loginsFailed()).isEqualTo(1);
    }

    @Test
    void theCallbackRefusesAForeignStateOrAUsedCode() {
        Document ssoPage = browser.page(browser.get(browser.get("/login").header("Location").orElseThrow()));
        String callback = browser.submit(ssoPage, "form#kc-form-login", Map.of("username", List.of(PRODUSEN),
                "password", List.of(PRODUSEN_PASSWORD))).header("Location").orElseThrow();

        assertThat(browser.get(callback.replaceFirst("state=[^&]+", "state=forged")).status()).isEqualTo(400);
        assertThat(browser.get(callback).status()).isEqualTo(302);
        assertThat(browser.get("/beranda").status()).isEqualTo(200);
    }

    @Test
    void aLiveSsoSessionLogsInAgainWithoutTheForm() {
        browser.loginSso(PRODUSEN, PRODUSEN_PASSWORD);
        romantik.expireSessionsOf(PRODUSEN);
        assertThat(browser.get("/beranda").header("Location")).hasValue("/login");

        Reply auth = browser.get(browser.get("/login").header("Location").orElseThrow());

        assertThat(auth.status()).as("Keycloak skips the form while its SSO session lives").isEqualTo(302);
        assertThat(browser.follow(auth).status()).isEqualTo(200);
        assertThat(browser.open("/beranda").expectFirst("#user-email").text()).isEqualTo(PRODUSEN);
    }

    @Test
    void formLoginModeShowsLoginFormAndFlashesFailures() {
        romantik.loginMode(LoginMode.FORM);
        Document login = browser.open("/login");
        Element form = login.expectFirst("form#login-form");
        assertThat(form.attr("action")).isEqualTo("/login");
        assertThat(form.select("input[name=_token], input[name=email], input[name=password]")).hasSize(3);

        Reply failed = browser.submit(login, "form#login-form", Map.of("email", List.of(PRODUSEN),
                "password", List.of("salah")));
        assertThat(failed.status()).isEqualTo(302);
        assertThat(failed.header("Location")).hasValue("/login");
        Document again = browser.open("/login");
        assertThat(again.expectFirst(".alert-danger").text()).isEqualTo("Email atau kata sandi salah.");

        Reply ok = browser.submit(again, "form#login-form", Map.of("email", List.of(PRODUSEN.toUpperCase()),
                "password", List.of(PRODUSEN_PASSWORD)));
        assertThat(ok.status()).isEqualTo(302);
        assertThat(ok.header("Location")).hasValue("/beranda");
        assertThat(browser.open("/beranda").expectFirst("#user-email").text()).isEqualTo(PRODUSEN);
    }

    @Test
    void anImportedSessionCookieWorksLikeALogin() {
        browser.setCookie(SimulatedRomantik.SESSION_COOKIE, romantik.importSession(WALIDATA));

        Document beranda = browser.open("/beranda");

        assertThat(beranda.expectFirst("#user-peran").text()).isEqualTo("Walidata");
        assertThat(beranda.select("#menu a[href=/walidata/pengajuan]")).hasSize(1);
    }

    @Test
    void anIdleSessionExpiresByTheSimulatedClock() {
        browser.loginSso(PRODUSEN, PRODUSEN_PASSWORD);
        romantik.ssoSessionIdleTimeout(Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(119));
        assertThat(browser.get("/pengajuan").status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(121));

        Reply expired = browser.get("/pengajuan");
        assertThat(expired.status()).isEqualTo(302);
        assertThat(expired.header("Location")).hasValue("/login");
        Reply toSso = browser.get("/login");
        assertThat(browser.page(browser.get(toSso.header("Location").orElseThrow())).select("form#kc-form-login"))
                .as("the SSO session expired too, so the form is back").hasSize(1);
    }

    @Test
    void aPostWithAStaleOrMissingTokenIs419() {
        romantik.loginMode(LoginMode.FORM);
        Document login = browser.open("/login");
        String guestToken = csrf(login);
        browser.submit(login, "form#login-form", Map.of("email", List.of(PRODUSEN), "password",
                List.of(PRODUSEN_PASSWORD)));
        Document profil = browser.open("/profil");

        Reply stale = browser.submit(profil, "form#form-profil", one("_token", guestToken));
        Reply missing = browser.submit(profil, "form#form-profil", java.util.Collections.singletonMap("_token",
                null));
        Reply fresh = browser.submit(profil, "form#form-profil", Map.of());

        assertThat(stale.status()).isEqualTo(419);
        assertThat(browser.page(stale).expectFirst(".message").text()).isEqualTo("Page Expired");
        assertThat(missing.status()).isEqualTo(419);
        assertThat(fresh.status()).isEqualTo(302);
        assertThat(romantik.romantikCounters().csrfRejected()).isEqualTo(2);
    }

    @Test
    void aPostAfterTheSessionExpiredIs419AndAPageRedirectsToLogin() {
        browser.loginSso(PRODUSEN, PRODUSEN_PASSWORD);
        Document profil = browser.open("/profil");
        romantik.expireAllSessions();

        assertThat(browser.submit(profil, "form#form-profil", Map.of()).status()).isEqualTo(419);
        assertThat(browser.get("/profil").header("Location")).hasValue("/login");
    }

    @Test
    void logoutEndsTheSession() {
        Document beranda = browser.loginSso(PRODUSEN, PRODUSEN_PASSWORD);

        Reply out = browser.submit(beranda, "form#form-logout", Map.of());

        assertThat(out.header("Location")).hasValue("/login");
        assertThat(browser.cookie(SimulatedRomantik.SESSION_COOKIE)).isNull();
        assertThat(browser.get("/beranda").status()).isEqualTo(302);
    }

    @Test
    void invalidAuthorizationRequestsGetKeycloaksErrorPage() {
        Reply reply = browser.get("/sso/auth/realms/eksternal/protocol/openid-connect/auth?client_id=romantik"
                + "&response_type=code&redirect_uri=http%3A%2F%2Fevil.example%2Fsteal&state=x");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(browser.page(reply).expectFirst("#kc-error-message").text())
                .isEqualTo("Invalid parameter: redirect_uri");
    }
}
