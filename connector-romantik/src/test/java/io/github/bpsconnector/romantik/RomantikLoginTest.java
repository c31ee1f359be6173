package io.github.bpsconnector.romantik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpsconnector.core.error.AuthenticationException;
import io.github.bpsconnector.core.error.PortalChangedException;
import io.github.bpsconnector.testkit.romantik.SimulatedRomantik;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The three login modes, refusals, session expiry and the SSO realm check, on the simulated Romantik. */
class RomantikLoginTest extends SimulatorTestBase {

    private static final String AUTHENTICATE = "/sso/auth/realms/eksternal/login-actions/authenticate";

    @Test
    void logsInThroughTheSso() {
        AccountInfo account = produsen().account();

        assertThat(account.email()).isEqualTo(PRODUSEN);
        assertThat(account.instansi()).isEqualTo("Dinas Kesehatan Kabupaten Jember");
        assertThat(romantik.counters().count("POST", AUTHENTICATE)).isEqualTo(1);
        assertThat(romantik.romantikCounters().loginsSucceeded()).isEqualTo(1);
    }

    @Test
    void logsInWithTheFormOfRomantik() {
        romantik.loginMode(io.github.bpsconnector.testkit.romantik.LoginMode.FORM);
        RomantikClient client = track(builder(WALIDATA, SimulatedRomantik.DEMO_WALIDATA_PASSWORD)
                .loginMode(LoginMode.FORM).build());

        assertThat(client.account().peran()).isEqualTo("Walidata");
        assertThat(romantik.counters().count("POST", "/login")).isEqualTo(1);
        assertThat(romantik.counters().count("POST", AUTHENTICATE)).isZero();
    }

    @Test
    void usesAnImportedSessionAndAsksForANewOneWhenItEnds() {
        String cookie = romantik.importSession(PRODUSEN);
        RomantikClient client = track(RomantikClient.builder().profile(profile()).importedSession(cookie)
                .resilienceSettings(fastRetries()).build());

        assertThat(client.loginMode()).isEqualTo(LoginMode.IMPORTED_SESSION);
        assertThat(client.account().email()).isEqualTo(PRODUSEN);

        romantik.expireAllSessions();
        assertThatThrownBy(client::account).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("import the new session cookie").hasMessageNotContaining(cookie);
        assertThat(romantik.counters().count("GET", "/login")).isZero();
    }

    @Test
    void reportsWrongCredentialsWithTheSsoMessageAndDoesNotTryAgain() {
        RomantikClient client = track(builder(PRODUSEN, "wrong-password").build());

        assertThatThrownBy(client::account).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("Invalid username or password.").hasMessageNotContaining("wrong-password");
        assertThatThrownBy(client::account).isInstanceOf(AuthenticationException.class);
        assertThat(romantik.counters().count("POST", AUTHENTICATE)).isEqualTo(1);
    }

    @Test
    void reportsWrongCredentialsOfTheFormLogin() {
        romantik.loginMode(io.github.bpsconnector.testkit.romantik.LoginMode.FORM);
        RomantikClient client = track(builder(PRODUSEN, "wrong-password").loginMode(LoginMode.FORM).build());

        assertThatThrownBy(client::account).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("Email atau kata sandi salah.");
    }

    @Test
    void neverPostsThePasswordOutsideTheConfiguredSsoRealm() {
        RomantikProfile elsewhere = profile().withSso(URI.create(romantik.ssoBaseUrl()), "internal");
        RomantikClient client = track(builder(PRODUSEN, SimulatedRomantik.DEMO_PRODUSEN_PASSWORD)
                .profile(elsewhere).build());

        assertThatThrownBy(client::account).isInstanceOf(PortalChangedException.class)
                .hasMessageContaining("outside the configured SSO realm").hasMessageContaining("not sent");
        assertThat(romantik.counters().count("POST", AUTHENTICATE)).isZero();
    }

    @Test
    void logsInAgainOnceWhenTheSessionEndsBetweenCalls() {
        RomantikClient client = produsen();
        client.account();

        romantik.expireAllSessions();
        assertThat(client.account().email()).isEqualTo(PRODUSEN);

        assertThat(romantik.romantikCounters().loginsSucceeded()).isEqualTo(2);
    }
}
