package io.github.bpsconnector.core.http;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A test class against one WireMock portal (started per class, reset per test) and a fresh transport per test. */
abstract class PortalTransportTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    final PortalHttpClient client = Transports.client();

    @AfterEach
    void closeClient() {
        client.close();
    }
}
