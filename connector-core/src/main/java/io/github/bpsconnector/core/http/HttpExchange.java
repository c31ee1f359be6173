package io.github.bpsconnector.core.http;

import java.io.IOException;
import java.util.Objects;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Sends one request and hands the live response to a handler, releasing the connection when the handler returns.
 * This is the seam between the transport (pool, session cookies, resilience) and code that streams a body, such as
 * downloads: they need the response as a stream, not a buffered result.
 */
public interface HttpExchange {

    /**
     * Sends {@code request} and returns what {@code handler} makes of the response.
     *
     * @throws IOException when the exchange fails at the transport level
     */
    <T> T execute(ClassicHttpRequest request, HttpClientResponseHandler<? extends T> handler) throws IOException;

    /** An exchange over a plain client and context, with no resilience policies (tests, simple tools). */
    static HttpExchange of(CloseableHttpClient client, HttpContext context) {
        Objects.requireNonNull(client, "client");
        return new HttpExchange() {
            @Override
            public <T> T execute(ClassicHttpRequest request, HttpClientResponseHandler<? extends T> handler)
                    throws IOException {
                return client.execute(request, context, handler);
            }
        };
    }
}
