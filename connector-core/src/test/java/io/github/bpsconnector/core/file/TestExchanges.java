package io.github.bpsconnector.core.file;

import io.github.bpsconnector.core.http.HttpExchange;
import java.time.Duration;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A plain HttpClient 5 client with every timeout set, as the tests' transport; closed after each test when
 * registered with {@code @RegisterExtension}.
 */
final class TestExchanges implements AfterEachCallback {

    private final CloseableHttpClient client;
    private final HttpExchange exchange;

    TestExchanges(Duration timeout) {
        this.client = client(timeout);
        this.exchange = HttpExchange.of(client, HttpClientContext.create());
    }

    HttpExchange exchange() {
        return exchange;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        client.close();
    }

    /** A client whose connect, socket and response timeouts are {@code timeout}; no retries, no redirects. */
    static CloseableHttpClient client(Duration timeout) {
        Timeout t = Timeout.of(timeout);
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(t)
                                .setSocketTimeout(t)
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(t)
                        .setResponseTimeout(t)
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .build();
    }
}
