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
        return transport.execute(call, ctx -> transport.attempt(call,
                requestFor(request, uri, ctx.isFirstAttempt()), context, ctx, handler));
    }

    /**
     * The caller's own request for the first attempt, so that its {@code cancel()} reaches the connection; a copy
     * for each retry, since a cancelled request cannot be sent again.
     */
    private static HttpUriRequestBase requestFor(ClassicHttpRequest request, URI uri, boolean firstAttempt) {
        if (firstAttempt && request instanceof HttpUriRequestBase own && !own.isCancelled()) {
            return own;
        }
        HttpUriRequestBase copy = new HttpUriRequestBase(request.getMethod(), uri);
        copy.setHeaders(request.getHeaders());
        copy.setEntity(request.getEntity());
        return copy;
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
