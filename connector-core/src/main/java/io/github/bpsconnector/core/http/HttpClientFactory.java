package io.github.bpsconnector.core.http;

import java.time.Duration;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the pooled HttpClient of one portal client from {@link HttpSettings}. Everything that makes a request
 * happen twice or hides bytes is off: no automatic retries (Failsafe owns them), no automatic redirects (the
 * transport walks them), no content decompression (byte counts and {@code Content-Length} stay those of the wire,
 * and a small compressed body cannot expand past the size cap).
 */
final class HttpClientFactory {

    /** Pooled connections idle this long are closed. */
    static final TimeValue IDLE_EVICTION = TimeValue.ofMinutes(1);
    /** A pooled connection idle this long is checked before reuse. */
    static final TimeValue VALIDATE_AFTER_INACTIVITY = TimeValue.ofSeconds(2);
    /** No connection is reused after this. */
    static final TimeValue CONNECTION_TIME_TO_LIVE = TimeValue.ofMinutes(5);

    private HttpClientFactory() {
    }

    static CloseableHttpClient create(HttpSettings settings) {
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(connectionManager(settings))
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(timeout(settings.poolLeaseTimeout()))
                        .setResponseTimeout(timeout(settings.responseTimeout()))
                        .setRedirectsEnabled(false)
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableContentCompression()
                .evictExpiredConnections()
                .evictIdleConnections(IDLE_EVICTION)
                .setUserAgent(settings.userAgent());
        if (settings.proxy() != null) {
            builder.setProxy(new HttpHost(settings.proxy().getScheme(), settings.proxy().getHost(),
                    settings.proxy().getPort()));
        }
        return builder.build();
    }

    private static PoolingHttpClientConnectionManager connectionManager(HttpSettings settings) {
        // socket, connection and TLS configs go on the manager: set on the client builder they would be ignored
        return PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(settings.poolMaxTotal())
                .setMaxConnPerRoute(settings.poolMaxPerRoute())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(timeout(settings.connectTimeout()))
                        .setSocketTimeout(timeout(settings.socketTimeout()))
                        .setValidateAfterInactivity(VALIDATE_AFTER_INACTIVITY)
                        .setTimeToLive(CONNECTION_TIME_TO_LIVE)
                        .build())
                .setDefaultSocketConfig(SocketConfig.custom()
                        .setSoTimeout(timeout(settings.socketTimeout()))
                        .setTcpNoDelay(true)
                        .build())
                .setDefaultTlsConfig(TlsConfig.custom()
                        .setHandshakeTimeout(timeout(settings.connectTimeout()))
                        .build())
                .setTlsSocketStrategy(ClientTlsStrategyBuilder.create()
                        .setSslContext(settings.tlsTrust().sslContext())
                        .buildClassic())
                .build();
    }

    private static Timeout timeout(Duration d) {
        return Timeout.ofMilliseconds(d.toMillis());
    }
}
