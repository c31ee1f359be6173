package io.github.bpsconnector.core.http;

import io.github.bpsconnector.core.resilience.Resilience;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;

/** {@link HttpExchange} through a {@link PortalHttpClient}: streaming handlers under the same resilience. */
final class ResilientExchange implements HttpExchange {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");

    private final PortalHttpClient transport;
    private final HttpClientContext context;
    private final String operation;

    ResilientExchange(PortalHttpClient transport, HttpClientContext context, String operation) {
        this.transport = transport;
        this.context = context;
        this.operation = operation;
    }

    @Override
    public <T> T execute(ClassicHttpRequest request, HttpClientResponseHandler<? extends T> handler) {
        URI uri = uriOf(request);
        boolean safe = SAFE_METHODS.contains(request.getMethod());
        HttpEntity entity = request.getEntity();
        Resilience.Call call = transport.call(operation, request.getMethod() + " " + transport.redactor().uri(uri),
                uri, safe, safe && (entity == null || entity.isRepeatable()));
        return transport.execute(call, ctx -> {
            // a fresh, cancellable request per attempt: a cancelled one cannot be sent again
            HttpUriRequestBase attempt = new HttpUriRequestBase(request.getMethod(), uri);
            attempt.setHeaders(request.getHeaders());
            attempt.setEntity(entity);
            return transport.attempt(call, attempt, context, ctx, handler);
        });
    }

    private URI uriOf(ClassicHttpRequest request) {
        try {
            URI uri = request.getUri();
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("request URI must be absolute: " + transport.redactor().uri(uri));
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("request URI is not valid", e);
        }
    }
}
