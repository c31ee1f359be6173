package io.github.bpsconnector.testkit.romantik;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SsoRealmTest {

    private static final String SSO = "http://127.0.0.1:8080/sso";
    private static final String CALLBACK = "http://127.0.0.1:8080/sso/callback";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-05T02:00:00Z"));
    private final SsoRealm realm = new SsoRealm(clock);

    private static Map<String, String> authRequest() {
        return Map.of("client_id", "romantik", "redirect_uri", CALLBACK, "response_type", "code",
                "scope", "openid", "state", "s1");
    }

    private static Optional<String> accounts(String username, String password) {
        return "dinkes@jemberkab.example".equals(username) && "rahasia".equals(password)
                ? Optional.of(username) : Optional.empty();
    }

    private static Map<String, String> query(String url) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(parts[0], java.net.URLDecoder.decode(parts[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return query;
    }

    private SsoRealm.Outcome.ShowLogin start() {
        return (SsoRealm.Outcome.ShowLogin) realm.authorize(SSO, authRequest(), null);
    }

    @Test
    void theLoginActionIsOnTheRealmWithTheKeycloakParameters() {
        SsoRealm.Outcome.ShowLogin login = start();

        assertThat(login.action()).startsWith(SSO + "/auth/realms/eksternal/login-actions/authenticate?");
        assertThat(query(login.action())).containsOnlyKeys("session_code", "execution", "client_id", "tab_id")
                .containsEntry("client_id", "romantik");
    }

    @Test
    void goodCredentialsRedirectToTheCallbackWithAOneShotCode() {
        SsoRealm.Outcome.ShowLogin login = start();

        SsoRealm.Outcome outcome = realm.authenticate(SSO, query(login.action()), login.authSessionId(),
                "dinkes@jemberkab.example", "rahasia", SsoRealmTest::accounts);

        SsoRealm.Outcome.Redirect redirect = (SsoRealm.Outcome.Redirect) outcome;
        assertThat(redirect.location()).startsWith(CALLBACK + "?state=s1&session_state=");
        String code = query(redirect.location()).get("code");
        assertThat(realm.redeem(code)).contains("dinkes@jemberkab.example");
        assertThat(realm.redeem(code)).as("a code works once").isEmpty();
    }

    @Test
    void badCredentialsShowTheFormAgainWithANewSessionCode() {
        SsoRealm.Outcome.ShowLogin login = start();

        SsoRealm.Outcome.ShowLogin again = (SsoRealm.Outcome.ShowLogin) realm.authenticate(SSO,
                query(login.action()), login.authSessionId(), "dinkes@jemberkab.example", "salah",
                SsoRealmTest::accounts);

        assertThat(again.failed()).isTrue();
        assertThat(again.username()).isEqualTo("dinkes@jemberkab.example");
        assertThat(realm.authenticate(SSO, query(login.action()), login.authSessionId(), "dinkes@jemberkab.example",
                "rahasia", SsoRealmTest::accounts)).as("the old session_code is stale")
                .isInstanceOf(SsoRealm.Outcome.Expired.class);
    }

    @Test
    void aLiveSsoSessionSkipsTheFormUntilItIsIdleTooLong() {
        SsoRealm.Outcome.ShowLogin login = start();
        SsoRealm.Outcome.Redirect first = (SsoRealm.Outcome.Redirect) realm.authenticate(SSO, query(login.action()),
                login.authSessionId(), "dinkes@jemberkab.example", "rahasia", SsoRealmTest::accounts);

        assertThat(realm.authorize(SSO, authRequest(), first.ssoSessionId()))
                .isInstanceOf(SsoRealm.Outcome.Redirect.class);
        clock.advance(Duration.ofMinutes(31));
        assertThat(realm.authorize(SSO, authRequest(), first.ssoSessionId()))
                .isInstanceOf(SsoRealm.Outcome.ShowLogin.class);
    }

    @Test
    void codesExpireAfterAMinute() {
        SsoRealm.Outcome.ShowLogin login = start();
        SsoRealm.Outcome.Redirect redirect = (SsoRealm.Outcome.Redirect) realm.authenticate(SSO,
                query(login.action()), login.authSessionId(), "dinkes@jemberkab.example", "rahasia",
                SsoRealmTest::accounts);
        clock.advance(Duration.ofSeconds(61));

        assertThat(realm.redeem(query(redirect.location()).get("code"))).isEmpty();
    }

    @Test
    void invalidAuthorizationRequestsAreRefused() {
        Map<String, String> foreignRedirect = new LinkedHashMap<>(authRequest());
        foreignRedirect.put("redirect_uri", "http://evil.example/steal");
        Map<String, String> otherClient = new LinkedHashMap<>(authRequest());
        otherClient.put("client_id", "fasih");

        assertThat(realm.authorize(SSO, foreignRedirect, null))
                .isEqualTo(new SsoRealm.Outcome.BadRequest("Invalid parameter: redirect_uri"));
        assertThat(realm.authorize(SSO, otherClient, null)).isEqualTo(new SsoRealm.Outcome.BadRequest(
                "Client not found."));
    }

    @Test
    void aLoginAttemptTimesOut() {
        SsoRealm.Outcome.ShowLogin login = start();
        clock.advance(Duration.ofMinutes(31));

        assertThat(realm.authenticate(SSO, query(login.action()), login.authSessionId(), "dinkes@jemberkab.example",
                "rahasia", SsoRealmTest::accounts)).isInstanceOf(SsoRealm.Outcome.Expired.class);
    }
}
