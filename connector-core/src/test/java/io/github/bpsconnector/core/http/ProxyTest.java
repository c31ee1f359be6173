package io.github.bpsconnector.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.bpsconnector.core.http.Transports.session;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The configured proxy carries the request: the portal host does not resolve, only the proxy answers. */
class ProxyTest {

    @RegisterExtension
    static WireMockExtension proxy = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void requestGoesThroughTheProxy() {
        proxy.stubFor(get("/halaman").willReturn(aResponse().withBody("via proxy")));
        HttpSettings http = Transports.http().proxy(URI.create(proxy.baseUrl())).build();

        try (PortalHttpClient client = Transports.client(http, Transports.resilience().build())) {
            PortalResponse response = client.send(
                    PortalRequest.get(URI.create("http://romantik.portal.invalid/halaman")).build(), session());

            assertThat(response.text()).isEqualTo("via proxy");
        }
        proxy.verify(1, getRequestedFor(urlEqualTo("/halaman")).withHeader("Host",
                equalTo("romantik.portal.invalid")));
    }
}
