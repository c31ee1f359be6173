package io.github.bpsconnector.core.http;

import dev.failsafe.ExecutionContext;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.OutcomeUnknownException;
import io.github.bpsconnector.core.error.PortalChangedException;
import io.github.bpsconnector.core.error.PortalException;
import io.github.bpsconnector.core.log.Redactor;
import io.github.bpsconnector.core.resilience.CircuitBreakerRegistry;
import io.github.bpsconnector.core.resilience.FailureStatusException;
import io.github.bpsconnector.core.resilience.Resilience;
import io.github.bpsconnector.core.resilience.ResilienceSettings;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;
import org.apache.hc.core5.io.CloseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP transport of one portal client: one pooled HttpClient 5 (classic) built from {@link HttpSettings},
 * with every call run under the client's {@link Resilience} (retry of safe requests, circuit breaker per host,
 * rate limiter, attempt timeout). Thread-safe; close it when the portal client is closed.
 *
 * <p>Session state is not held here: every call takes the {@link HttpClientContext} of the caller's session (its
 * cookie store), so one transport serves several sessions without mixing their cookies. A context is not
 * thread-safe; give each call its own (sharing the session's cookie store between them is fine). A context
 * without a cookie store gets a fresh one, never the client's.
 *
 * <p>Outcomes: {@code 2xx}, {@code 3xx} and {@code 4xx} answers are returned as {@link PortalResponse} for the
 * portal module to interpret; {@code 429}, {@code 5xx} and transport failures end as the typed exceptions of
 * {@link Resilience}; a body over the cap of its {@link BodyKind} as {@link ResponseTooLargeException} (safe
 * requests) or {@link OutcomeUnknownException} (state-changing ones). Each attempt is logged at DEBUG with method,
 * redacted URI, status, attempt number and duration; at TRACE also the redacted headers and form fields.
 */
public final class PortalHttpClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PortalHttpClient.class);
    private static final List<String> CORRELATION_HEADERS = List.of("X-Request-Id", "X-Correlation-Id");

    private final String portal;
    private final HttpSettings settings;
    private final Redactor redactor;
    private final Resilience resilience;
    private final CloseableHttpClient client;

    private PortalHttpClient(Builder b) {
        this.portal = b.portal;
        this.settings = b.httpSettings;
        this.redactor = b.redactor;
        CircuitBreakerRegistry breakers = b.circuitBreakers != null ? b.circuitBreakers
                : CircuitBreakerRegistry.create(b.resilienceSettings);
        this.resilience = Resilience.create(portal, b.resilienceSettings, breakers);
        this.client = HttpClientFactory.create(settings);
    }

    /** A builder for the transport of this portal, e.g. {@code "romantik"}. */
    public static Builder builder(String portal) {
        return new Builder(portal);
    }

    /** The portal name used in errors and logs. */
    public String portal() {
        return portal;
    }

    /** The HTTP settings. */
    public HttpSettings settings() {
        return settings;
    }

    /** The resilience settings. */
    public ResilienceSettings resilienceSettings() {
        return resilience.settings();
    }

    /** The redactor of this client's logs and messages. */
    public Redactor redactor() {
        return redactor;
    }

    /**
     * Sends the request (following redirects if its {@link RedirectMode} says so) and returns the answer read
     * under its size cap.
     *
     * @param request the request
     * @param context the session's context (cookie store); one per call
     * @throws PortalException as described in the class comment
     */
    public PortalResponse send(PortalRequest request, HttpClientContext context) {
        Objects.requireNonNull(request, "request");
        prepare(context);
        PortalRequest current = request;
        for (int redirects = 0; ; redirects++) {
            PortalResponse response = sendOnce(current, context);
            if (current.redirectMode() == RedirectMode.MANUAL || !Redirects.isFollowable(response)) {
                return response;
            }
            if (redirects == settings.maxRedirects()) {
                throw new PortalChangedException(errorContext(request.operation()).withHttpStatus(response.status()),
                        request.describe(redactor) + ": more than " + settings.maxRedirects() + " redirects",
                        "at most " + settings.maxRedirects() + " redirects", null);
            }
            current = Redirects.next(current, response, errorContext(request.operation()), redactor);
        }
    }

    /**
     * An {@link HttpExchange} over this transport and session: the response is handed live to the handler, inside
     * the same resilience as {@link #send}. {@code GET} and {@code HEAD} requests are safe and retried; the
     * handler may then be called once per attempt and must start afresh each time (e.g. truncate its temporary
     * file). {@code 429} and {@code 5xx} answers never reach the handler; if the handler throws, the connection is
     * discarded instead of read to the end.
     *
     * @param context   the session's context (cookie store)
     * @param operation the operation name for errors and logs, e.g. {@code "surat.unduh"}
     */
    public HttpExchange exchange(HttpClientContext context, String operation) {
        prepare(context);
        return new ResilientExchange(this, context, Objects.requireNonNull(operation, "operation"));
    }

    private PortalResponse sendOnce(PortalRequest request, HttpClientContext context) {
        Resilience.Call call = call(request.operation(), request.describe(redactor), request.uri(), request.safe(),
                request.repeatable());
        long cap = settings.maxBytes(request.expectedBody());
        return resilience.execute(call, ctx -> {
            HttpUriRequestBase http = request.toHttpRequest();
            if (LOG.isTraceEnabled()) {
                LOG.trace("{} {}: request headers {}{}", portal, call.operation(), describe(http.getHeaders()),
                        request.body() == null ? "" : ", " + request.body().describe(redactor));
            }
            return attempt(call, http, context, ctx, response -> PortalResponse.received(response.getCode(),
                    response.getHeaders(),
                    BoundedBody.read(response.getEntity(), cap, what -> tooLarge(call, response.getCode(), cap, what)),
                    request.uri()));
        });
    }

    Resilience.Call call(String operation, String description, URI uri, boolean safe, boolean repeatable) {
        String host = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        return new Resilience.Call(operation, description, host, safe, repeatable);
    }

    <T> T execute(Resilience.Call call, dev.failsafe.function.ContextualSupplier<T, T> attempt) {
        return resilience.execute(call, attempt);
    }

    /**
     * One attempt: registers the cancel hook (so the attempt timeout closes the socket), sends, turns a failure
     * status into {@link FailureStatusException}, discards the connection when the answer is not consumed, logs.
     */
    <T> T attempt(Resilience.Call call, HttpUriRequestBase http, HttpClientContext context, ExecutionContext<T> ctx,
            HttpClientResponseHandler<? extends T> handler) throws IOException {
        ctx.onCancel(http::cancel);
        int number = ctx.getAttemptCount() + 1;
        long start = System.nanoTime();
        int[] status = {0};
        try {
            T result = client.execute(http, context, response -> {
                status[0] = response.getCode();
                if (LOG.isTraceEnabled()) {
                    LOG.trace("{} {}: response headers {}", portal, call.operation(), describe(response.getHeaders()));
                }
                try {
                    failOnFailureStatus(response);
                    return handler.handleResponse(response);
                } catch (HttpException | IOException | RuntimeException e) {
                    http.cancel(); // closing the response would read the rest of the body first
                    throw e;
                }
            });
            logAttempt(call, number, start, String.valueOf(status[0]));
            return result;
        } catch (IOException | RuntimeException e) {
            logAttempt(call, number, start, e instanceof FailureStatusException ? String.valueOf(status[0])
                    : (status[0] > 0 ? status[0] + " then " : "") + Resilience.summary(e));
            throw e;
        }
    }

    private static void failOnFailureStatus(ClassicHttpResponse response) throws FailureStatusException {
        if (FailureStatusException.isFailureStatus(response.getCode())) {
            Header retryAfter = response.getFirstHeader(HttpHeaders.RETRY_AFTER);
            String correlationId = CORRELATION_HEADERS.stream().map(response::getFirstHeader)
                    .filter(Objects::nonNull).map(Header::getValue).findFirst().orElse(null);
            throw new FailureStatusException(response.getCode(), retryAfter == null ? null : retryAfter.getValue(),
                    correlationId);
        }
    }

    private RuntimeException tooLarge(Resilience.Call call, int status, long cap, String what) {
        ErrorContext context = errorContext(call.operation()).withHttpStatus(status);
        String message = call.description() + ": answer refused, " + what;
        ResponseTooLargeException tooLarge = new ResponseTooLargeException(context, message, cap);
        return call.safe() ? tooLarge : new OutcomeUnknownException(context, message, tooLarge, null);
    }

    private void logAttempt(Resilience.Call call, int number, long startNanos, String outcome) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} attempt {}: {} -> {} in {} ms", portal, call.operation(), number, call.description(),
                    outcome, (System.nanoTime() - startNanos) / 1_000_000);
        }
    }

    private String describe(Header[] headers) {
        return Arrays.stream(headers).map(h -> redactor.header(h.getName(), h.getValue())).toList().toString();
    }

    ErrorContext errorContext(String operation) {
        return ErrorContext.of(portal, operation);
    }

    private static void prepare(HttpClientContext context) {
        Objects.requireNonNull(context, "context");
        if (context.getCookieStore() == null) {
            context.setCookieStore(new BasicCookieStore());
        }
    }

    /** Closes the pool and its connections. */
    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }

    @Override
    public String toString() {
        return "PortalHttpClient[" + portal + ", " + settings + "]";
    }

    /** Builds a {@link PortalHttpClient}. Not thread-safe. */
    public static final class Builder {
        private final String portal;
        private HttpSettings httpSettings = HttpSettings.defaults();
        private ResilienceSettings resilienceSettings = ResilienceSettings.defaults();
        private CircuitBreakerRegistry circuitBreakers;
        private Redactor redactor = Redactor.defaults();

        private Builder(String portal) {
            if (portal == null || portal.isBlank()) {
                throw new IllegalArgumentException("portal name must not be blank");
            }
            this.portal = portal;
        }

        /** HTTP settings (default {@link HttpSettings#defaults()}). */
        public Builder httpSettings(HttpSettings value) {
            httpSettings = Objects.requireNonNull(value, "httpSettings");
            return this;
        }

        /** Resilience settings (default {@link ResilienceSettings#defaults()}). */
        public Builder resilienceSettings(ResilienceSettings value) {
            resilienceSettings = Objects.requireNonNull(value, "resilienceSettings");
            return this;
        }

        /** Circuit breakers shared with other clients of the same portal (default: this client's own). */
        public Builder circuitBreakers(CircuitBreakerRegistry value) {
            circuitBreakers = value;
            return this;
        }

        /** The redactor for logs and messages (default {@link Redactor#defaults()}). */
        public Builder redactor(Redactor value) {
            redactor = Objects.requireNonNull(value, "redactor");
            return this;
        }

        /**
         * The transport.
         *
         * @throws IllegalArgumentException when the trust store cannot be opened
         */
        public PortalHttpClient build() {
            return new PortalHttpClient(this);
        }
    }
}
