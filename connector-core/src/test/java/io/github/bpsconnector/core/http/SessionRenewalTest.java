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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** One re-login on an expired session, modelled on INDAH (401 for an expired bearer token). */
class SessionRenewalTest extends PortalTransportTest {

    private final AtomicReference<String> token = new AtomicReference<>("old-token");
    private final AtomicInteger logins = new AtomicInteger();
    private final SessionRenewal renewal = new SessionRenewal("indah", response -> response.status() == 401, () -> {
        logins.incrementAndGet();
        token.set("new-token");
    });

    private PortalResponse getKegiatan() {
        return client.send(PortalRequest.get(uri(wm, "/api/kegiatan")).header("Authorization",
                "Bearer " + token.get()).expect(BodyKind.JSON).build(), session());
    }

    @Test
    void expiredSessionIsRenewedOnceAndTheSafeCallRepeatedWithTheNewSession() {
        wm.stubFor(get("/api/kegiatan").willReturn(aResponse().withStatus(401)));
        wm.stubFor(get("/api/kegiatan").withHeader("Authorization", equalTo("Bearer new-token"))
                .willReturn(aResponse().withBody("[]")));

        PortalResponse response = renewal.call("kegiatan.daftar", true, this::getKegiatan);

        assertThat(response.status()).isEqualTo(200);
        assertThat(logins).hasValue(1);
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
                () -> renewal.call(create, () -> client.send(create, session())));

        assertThat(e.operation()).isEqualTo("kegiatan.buat");
        assertThat(logins).hasValue(1);
        wm.verify(1, postRequestedFor(urlEqualTo("/api/kegiatan")));
    }

    @Test
    void loginPageInPlaceOfTheRequestedPageIsDetectedAsExpiry() {
        // Romantik style: a redirect to /login, followed, lands on the login form
        wm.stubFor(get("/pengajuan").willReturn(aResponse().withStatus(302).withHeader("Location", "/login")));
        wm.stubFor(get("/login").willReturn(aResponse().withBody("<form action=\"/login\"><input name=password>")));
        SessionRenewal romantik = new SessionRenewal("romantik",
                response -> response.finalUri().getPath().equals("/login"), () -> {
                    logins.incrementAndGet();
                    wm.stubFor(get("/pengajuan").willReturn(aResponse().withBody("<table></table>")));
                });

        PortalResponse response = romantik.call("pengajuan.daftar", true,
                () -> client.send(PortalRequest.get(uri(wm, "/pengajuan")).build(), session()));

        assertThat(response.text()).contains("<table>");
        assertThat(logins).hasValue(1);
    }
}
