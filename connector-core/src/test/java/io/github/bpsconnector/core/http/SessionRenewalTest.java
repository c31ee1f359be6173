package io.github.bpsconnector.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.bpsconnector.core.http.Transports.session;
import static io.github.bpsconnector.core.http.Transports.uri;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bpsconnector.core.error.AuthenticationException;
import io.github.bpsconnector.core.error.SessionExpiredException;
import io.github.bpsconnector.core.session.Session;
import io.github.bpsconnector.core.session.SessionManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.junit.jupiter.api.Test;

/** One re-login on an expired session, modelled on INDAH (401 for an expired bearer token). */
class SessionRenewalTest extends PortalTransportTest {

    /** The session is a bearer token here; the login hands out a new one. */
    private final AtomicReference<String> token = new AtomicReference<>("old-token");
    private final AtomicInteger logins = new AtomicInteger();
    private final List<String> expiredSessions = new ArrayList<>();
    private final SessionRenewal<String> renewal = new SessionRenewal<>("indah",
            response -> response.status() == 401, token::get, expired -> {
                expiredSessions.add(expired);
                logins.incrementAndGet();
                token.set("new-token");
                return "new-token";
            });

    private PortalResponse getKegiatan(String bearer) {
        return client.send(PortalRequest.get(uri(wm, "/api/kegiatan")).header("Authorization",
                "Bearer " + bearer).expect(BodyKind.JSON).build(), session());
    }

    @Test
    void expiredSessionIsRenewedOnceAndTheSafeCallRepeatedWithTheNewSession() {
        wm.stubFor(get("/api/kegiatan").willReturn(aResponse().withStatus(401)));
        wm.stubFor(get("/api/kegiatan").withHeader("Authorization", equalTo("Bearer new-token"))
                .willReturn(aResponse().withBody("[]")));

        PortalResponse response = renewal.call("kegiatan.daftar", true, this::getKegiatan);

        assertThat(response.status()).isEqualTo(200);
        assertThat(logins).hasValue(1);
        assertThat(expiredSessions).containsExactly("old-token");
        wm.verify(2, getRequestedFor(urlEqualTo("/api/kegiatan")));
    }

    @Test
    void liveSessionIsNotRenewed() {
        wm.stubFor(get("/api/kegiatan").willReturn(aResponse().withBody("[]")));

        renewal.call("kegiatan.daftar", true, this::getKegiatan);

        assertThat(logins).hasValue(0);
    }

    @Test
    void expiryRightAfterAFreshLoginIsAnAuthenticationFailure() {
        wm.stubFor(get("/api/kegiatan").willReturn(aResponse().withStatus(401)));

        AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                () -> renewal.call("kegiatan.daftar", true, this::getKegiatan));

        assertThat(e.httpStatus()).isEqualTo(401);
        assertThat(e.portal()).isEqualTo("indah");
        assertThat(logins).hasValue(1);
        wm.verify(2, getRequestedFor(urlEqualTo("/api/kegiatan")));
    }

    @Test
    void stateChangingCallIsNotRepeatedButTheSessionIsRenewed() {
        wm.stubFor(post("/api/kegiatan").willReturn(aResponse().withStatus(401)));
        PortalRequest create = PortalRequest.post(uri(wm, "/api/kegiatan")).json("{\"judul\":\"Survei\"}")
                .operation("kegiatan.buat").build();

        SessionExpiredException e = catchThrowableOfType(SessionExpiredException.class,
                () -> renewal.call("kegiatan.buat", false, bearer -> client.send(create, session())));

        assertThat(e.operation()).isEqualTo("kegiatan.buat");
        assertThat(logins).hasValue(1);
        wm.verify(1, postRequestedFor(urlEqualTo("/api/kegiatan")));
    }

    @Test
    void loginPageInPlaceOfTheRequestedPageIsDetectedAsExpiry() {
        // Romantik style: a redirect to /login, followed, lands on the login form
        wm.stubFor(get("/pengajuan").willReturn(aResponse().withStatus(302).withHeader("Location", "/login")));
        wm.stubFor(get("/login").willReturn(aResponse().withBody("<form action=\"/login\"><input name=password>")));
        HttpClientContext loggedIn = session();
        SessionRenewal<HttpClientContext> romantik = new SessionRenewal<>("romantik",
                response -> response.finalUri().getPath().equals("/login"), () -> loggedIn, expired -> {
                    logins.incrementAndGet();
                    wm.stubFor(get("/pengajuan").willReturn(aResponse().withBody("<table></table>")));
                    return expired;
                });

        PortalResponse response = romantik.call("pengajuan.daftar", true,
                context -> client.send(PortalRequest.get(uri(wm, "/pengajuan")).build(), context));

        assertThat(response.text()).contains("<table>");
        assertThat(logins).hasValue(1);
    }

    @Test
    void plugsIntoTheSingleFlightSessionManager() {
        AtomicInteger tokens = new AtomicInteger();
        SessionManager sessions = SessionManager.builder("indah", fresh -> {
            fresh.setBearerToken("token-" + tokens.incrementAndGet());
            return fresh;
        }).build();
        wm.stubFor(get("/api/kegiatan").willReturn(aResponse().withStatus(401)));
        wm.stubFor(get("/api/kegiatan").withHeader("Authorization", equalTo("Bearer token-2"))
                .willReturn(aResponse().withBody("[]")));
        SessionRenewal<Session> indah = new SessionRenewal<>("indah", response -> response.status() == 401,
                sessions::current, sessions::renew);

        PortalResponse response = indah.call("kegiatan.daftar", true, session -> client.send(
                PortalRequest.get(uri(wm, "/api/kegiatan"))
                        .header("Authorization", "Bearer " + session.bearerToken().orElseThrow()).build(),
                session.newHttpContext()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(tokens).hasValue(2);
    }
}
