package io.github.bpsconnector.core.session;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.URI;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.cookie.Cookie;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PastedSessionTest {

    @RegisterExtension
    static WireMockExtension portal = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    @Test
    void aPastedCookieHeaderIsSentToThePortal() throws IOException {
        portal.stubFor(get("/pengajuan").willReturn(aResponse().withStatus(200)));
        Session session = PastedSession.forPortal(URI.create(portal.baseUrl()))
                .cookies("Cookie: PHPSESSID=abc123; XSRF-TOKEN=xyz%3D")
                .build();

        try (CloseableHttpClient client = HttpClients.custom().disableAutomaticRetries().build()) {
            client.execute(new HttpGet(portal.baseUrl() + "/pengajuan"), session.newHttpContext(),
                    response -> response.getCode());
        }

        portal.verify(getRequestedFor(urlEqualTo("/pengajuan"))
                .withHeader("Cookie", equalTo("PHPSESSID=abc123; XSRF-TOKEN=xyz%3D")));
    }

    @Test
    void cookiesAreBoundToThePortalHostAndSecureForHttps() {
        Session session = PastedSession.forPortal(URI.create("https://Romantik.Web.BPS.go.id/login"))
                .cookies("laravel_session=abc")
                .build();

        Cookie cookie = session.cookies().get(0);
        assertThat(cookie.getName()).isEqualTo("laravel_session");
        assertThat(cookie.getDomain()).isEqualTo("romantik.web.bps.go.id");
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.isSecure()).isTrue();
        assertThat(cookie.containsAttribute(Cookie.DOMAIN_ATTR)).as("host-only").isFalse();
    }

    @Test
    void aPastedBearerTokenLosesItsPrefix() {
        Session session = PastedSession.forPortal(URI.create("https://indah.bps.go.id"))
                .bearerToken("Authorization: Bearer eyJhbGciOi.payload.sig ")
                .build();

        assertThat(session.bearerToken()).contains("eyJhbGciOi.payload.sig");
        assertThat(session.cookies()).isEmpty();
    }

    @Test
    void aMalformedCookieIsNamedByPositionWithoutItsContent() {
        PastedSession builder = PastedSession.forPortal(URI.create("https://indah.bps.go.id"));

        assertThatThrownBy(() -> builder.cookies("a=1; justAsecretValue"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pasted cookie 2")
                .hasMessageNotContaining("justAsecretValue");
        assertThatThrownBy(() -> builder.cookies("Bearer tok=en"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("tok");
    }

    @Test
    void nothingPastedIsRefused() {
        assertThatThrownBy(() -> PastedSession.forPortal(URI.create("https://indah.bps.go.id")).build())
                .isInstanceOf(IllegalStateException.class);
    }
}
