package io.github.bpsconnector.indah;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpsconnector.core.error.AuthenticationException;
import io.github.bpsconnector.core.session.CredentialsProvider;
import io.github.bpsconnector.core.session.PastedSession;
import io.github.bpsconnector.core.session.SessionStore;
import io.github.bpsconnector.testkit.indah.IndahDemoData;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three ways to log in, against the simulated INDAH. */
class IndahLoginTest {

    private static final String AUTHENTICATE = "/api/authenticate";

    private final SimIndahAccess sim = new SimIndahAccess();
    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        sim.close();
    }

    private IndahClient.Builder builder() {
        return IndahClient.builder().apiBaseUrl(sim.baseUrl()).resilienceSettings(SimIndahAccess.FAST);
    }

    @Test
    void aBrowserTokenIsUsedAsItIsAndItsExpiryTellsHowToLogInAgain() {
        String token = sim.indah().issueToken(IndahDemoData.WALIDATA_USERNAME);
        try (IndahClient client = builder().login(IndahLogin.browserToken("Bearer " + token)).build()) {
            assertThat(client.account().username()).isEqualTo(IndahDemoData.WALIDATA_USERNAME);

            sim.indah().expireAllTokens();

            assertThatThrownBy(() -> client.kegiatan().list(null, null).firstPage())
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("log in again at https://indah.bps.go.id")
                    .hasMessageNotContaining(token);
            assertThat(client.toString()).doesNotContain(token);
        }
        assertThat(sim.indah().counters().count("POST", AUTHENTICATE)).isZero();
    }

    @Test
    void aSavedSessionIsReadAgainWhenANewerTokenWasSavedMeanwhile() {
        SessionStore store = new SessionStore(dir.resolve("indah-session.json"));
        store.save(PastedSession.forPortal(sim.baseUrl())
                .bearerToken(sim.indah().issueToken(IndahDemoData.WALIDATA_USERNAME)).build(), "indah walidata");
        try (IndahClient client = builder().login(IndahLogin.savedSession(store)).build()) {
            assertThat(client.account().username()).isEqualTo(IndahDemoData.WALIDATA_USERNAME);
            sim.indah().expireAllTokens();
            store.save(PastedSession.forPortal(sim.baseUrl())
                    .bearerToken(sim.indah().issueToken(IndahDemoData.WALIDATA_USERNAME)).build(), "indah walidata");

            assertThat(client.kegiatan().list(null, null).stream().count()).isZero();
        }
        assertThat(sim.indah().counters().count("POST", AUTHENTICATE)).isZero();
    }

    @Test
    void aPasswordLoginWithoutCaptchaWorksWhenThePortalAsksForNone() {
        sim.indah().captchaRequired(false);
        try (IndahClient client = builder().login(IndahLogin.password(CredentialsProvider.of(
                IndahDemoData.PEMBINA_USERNAME, IndahDemoData.PEMBINA_PASSWORD.toCharArray()))).build()) {
            assertThat(client.authenticate().hasAuthority("PEMBINA_DATA")).isTrue();
        }
    }

    @Test
    void aPasswordLoginWithoutCaptchaIsRefusedClearlyWhenThePortalAsksForOne() {
        try (IndahClient client = builder().login(IndahLogin.password(CredentialsProvider.of(
                IndahDemoData.PEMBINA_USERNAME, IndahDemoData.PEMBINA_PASSWORD.toCharArray()))).build()) {
            assertThatThrownBy(client::authenticate).isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("captcha");
        }
    }

    @Test
    void aWrongPasswordIsRefusedOnceAndNotTriedAgain() {
        try (IndahClient client = sim.clientBuilder(IndahDemoData.WALIDATA_USERNAME, "salah").build()) {
            assertThatThrownBy(client::authenticate).isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("user name or password").hasMessageNotContaining("salah");
            assertThatThrownBy(client::authenticate).isInstanceOf(AuthenticationException.class);
        }
        assertThat(sim.indah().counters().count("POST", AUTHENTICATE)).isEqualTo(1);
    }

    @Test
    void anApiLoginIsSavedAndTheNextClientStartsFromIt() {
        SessionStore store = new SessionStore(dir.resolve("indah-session.json"));
        try (IndahClient first = sim.clientBuilder(IndahDemoData.WALIDATA_USERNAME, IndahDemoData.WALIDATA_PASSWORD)
                .sessionStore(store).build()) {
            first.authenticate();
        }
        try (IndahClient second = sim.clientBuilder(IndahDemoData.WALIDATA_USERNAME,
                IndahDemoData.WALIDATA_PASSWORD).sessionStore(store).build()) {
            assertThat(second.account().username()).isEqualTo(IndahDemoData.WALIDATA_USERNAME);
        }
        assertThat(sim.indah().counters().count("POST", AUTHENTICATE)).isEqualTo(1);
        assertThat(sim.indah().counters().count("GET", "/api/captcha")).isEqualTo(1);
    }
}
