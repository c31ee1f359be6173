package io.github.bpsconnector.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.bpsconnector.core.http.Transports.session;
import static io.github.bpsconnector.core.http.Transports.uri;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.bpsconnector.core.error.PortalChangedException;
import java.util.Map;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedirectTest extends PortalTransportTest {

    @RegisterExtension
    static WireMockExtension other = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();


    @Test
    void manualModeReturnsTheRedirectForALoginFlowToWalk() {
        wm.stubFor(post("/login").willReturn(aResponse().withStatus(302).withHeader("Location", "/dashboard")
                .withHeader("Set-Cookie", "sid=abc; Path=/")));

        PortalResponse response = client.send(PortalRequest.post(uri(wm, "/login")).form(Map.of("u", "x"))
                .redirects(RedirectMode.MANUAL).build(), session());

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.isRedirect()).isTrue();
        assertThat(response.location()).contains(uri(wm, "/dashboard"));
        wm.verify(0, getRequestedFor(urlEqualTo("/dashboard")));
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303})
    void postRedirectContinuesAsGetLikeABrowserCarryingTheSessionCookie(int status) {
        wm.stubFor(post("/login").willReturn(aResponse().withStatus(status).withHeader("Location", "/dashboard")
                .withHeader("Set-Cookie", "sid=abc; Path=/")));
        wm.stubFor(get("/dashboard").willReturn(aResponse().withBody("<h1>Dashboard</h1>")));
        HttpClientContext session = session();

        PortalResponse response = client.send(PortalRequest.post(uri(wm, "/login")).form(Map.of("u", "x"))
                .build(), session);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).contains("Dashboard");
        assertThat(response.finalUri()).isEqualTo(uri(wm, "/dashboard"));
        wm.verify(1, postRequestedFor(urlEqualTo("/login")));
        wm.verify(1, getRequestedFor(urlEqualTo("/dashboard")).withHeader("Cookie", equalTo("sid=abc"))
                .withHeader("Content-Type", absent()));
        assertThat(session.getCookieStore().getCookies()).extracting("name").containsExactly("sid");
    }

    @ParameterizedTest
    @ValueSource(ints = {307, 308})
    void temporaryAndPermanentRedirectRepeatTheMethodAndBody(int status) {
        wm.stubFor(post("/old").willReturn(aResponse().withStatus(status).withHeader("Location", "/new")));
        wm.stubFor(post("/new").willReturn(aResponse().withStatus(201)));

        PortalResponse response = client.send(PortalRequest.post(uri(wm, "/old")).form(Map.of("a", "1")).build(),
                session());

        assertThat(response.status()).isEqualTo(201);
        wm.verify(1, postRequestedFor(urlEqualTo("/new")).withRequestBody(equalTo("a=1")));
    }

    @Test
    void authorizationIsNotCarriedToAnotherHost() {
        wm.stubFor(get("/file").willReturn(aResponse().withStatus(302)
                .withHeader("Location", other.baseUrl() + "/storage/file")));
        other.stubFor(get("/storage/file").willReturn(aResponse().withBody("pdf")));

        client.send(PortalRequest.get(uri(wm, "/file")).header("Authorization", "Bearer t0k3n")
                .header("Accept", "application/pdf").build(), session());

        other.verify(1, getRequestedFor(urlEqualTo("/storage/file")).withHeader("Authorization", absent())
                .withHeader("Accept", equalTo("application/pdf")));
    }

    @Test
    void redirectLoopEndsAfterTheMaximum() {
        wm.stubFor(get("/loop").willReturn(aResponse().withStatus(302).withHeader("Location", "/loop")));

        PortalChangedException e = catchThrowableOfType(PortalChangedException.class,
                () -> client.send(PortalRequest.get(uri(wm, "/loop")).build(), session()));

        assertThat(e.expectation()).isEqualTo("at most 10 redirects");
        wm.verify(11, getRequestedFor(urlEqualTo("/loop")));
    }

    @Test
    void redirectToANonHttpLocationIsRefused() {
        wm.stubFor(get("/odd").willReturn(aResponse().withStatus(302).withHeader("Location", "ftp://x.example/f")));

        catchThrowableOfType(PortalChangedException.class,
                () -> client.send(PortalRequest.get(uri(wm, "/odd")).build(), session()));
    }
}
