package io.github.bpsconnector.core.http;

import io.github.bpsconnector.core.log.Redactor;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.message.BasicHeader;

/**
 * One request to a portal, described rather than built: method, URI, headers, body, the operation it belongs to
 * (for errors and logs), whether it is <em>safe</em> to send again, the kind of body expected back and what to do
 * with redirects. Immutable; a fresh HttpClient request is made from it for every attempt.
 *
 * <p>Safety decides retries: a safe request is retried after transport failures and {@code 429}/{@code 502}/
 * {@code 503}/{@code 504}; an unsafe (state-changing) request is sent at most once. {@code GET}, {@code HEAD} and
 * {@code OPTIONS} are safe by default, every other method is not; override with {@link Builder#safe(boolean)}
 * (a {@code POST} search is safe, a {@code GET} that logs out is not).
 */
public final class PortalRequest {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final String method;
    private final URI uri;
    private final List<Header> headers;
    private final RequestBody body;
    private final String operation;
    private final boolean safe;
    private final BodyKind expectedBody;
    private final RedirectMode redirectMode;

    private PortalRequest(Builder b) {
        this.method = b.method;
        this.uri = b.uri;
        this.headers = List.copyOf(b.headers);
        this.body = b.body;
        this.operation = b.operation != null ? b.operation : method + " " + (uri.getRawPath() == null ? "/"
                : uri.getRawPath());
        this.safe = b.safe != null ? b.safe : SAFE_METHODS.contains(method);
        this.expectedBody = b.expectedBody;
        this.redirectMode = b.redirectMode;
    }

    /** A {@code GET} of this URI. */
    public static Builder get(URI uri) {
        return new Builder("GET", uri);
    }

    /** A {@code POST} to this URI. */
    public static Builder post(URI uri) {
        return new Builder("POST", uri);
    }

    /** A request with any method, e.g. {@code PUT} or {@code DELETE}. */
    public static Builder builder(String method, URI uri) {
        return new Builder(method, uri);
    }

    /** A builder holding this request, to change a copy. */
    public Builder toBuilder() {
        Builder b = new Builder(method, uri);
        b.headers.addAll(headers);
        b.body = body;
        b.operation = operation;
        b.safe = safe;
        b.expectedBody = expectedBody;
        b.redirectMode = redirectMode;
        return b;
    }

    /** The method, upper case. */
    public String method() {
        return method;
    }

    /** The absolute URI. */
    public URI uri() {
        return uri;
    }

    /** The headers, in order. */
    public List<Header> headers() {
        return headers;
    }

    /** The body, or {@code null} when there is none. */
    public RequestBody body() {
        return body;
    }

    /** The operation this request belongs to, for errors and logs. */
    public String operation() {
        return operation;
    }

    /** Whether the request may be sent again without harm. */
    public boolean safe() {
        return safe;
    }

    /** Whether the transport may send it again: safe, and its body (if any) can be sent twice. */
    public boolean repeatable() {
        return safe && (body == null || body.repeatable());
    }

    /** The kind of body expected back, which chooses its size cap. */
    public BodyKind expectedBody() {
        return expectedBody;
    }

    /** What to do with a {@code 3xx} answer. */
    public RedirectMode redirectMode() {
        return redirectMode;
    }

    /** A new HttpClient request for one attempt. */
    HttpUriRequestBase toHttpRequest() {
        HttpUriRequestBase request = new HttpUriRequestBase(method, uri);
        headers.forEach(request::addHeader);
        if (body != null) {
            request.setEntity(body.toEntity());
        }
        return request;
    }

    /**
     * The request a redirect to {@code target} leads to: the same request there, or a {@code GET} without body
     * and content headers. {@code Authorization} is not carried to another host.
     *
     * @throws IllegalArgumentException when the target is not an absolute http(s) URI
     */
    PortalRequest redirectTo(URI target, boolean asGet) {
        Builder b = new Builder(asGet ? "GET" : method, target);
        boolean sameHost = Objects.equals(target.getHost(), uri.getHost()) && target.getPort() == uri.getPort();
        headers.stream()
                .filter(h -> sameHost || !h.getName().equalsIgnoreCase(HttpHeaders.AUTHORIZATION))
                .filter(h -> !asGet || !h.getName().toLowerCase(Locale.ROOT).startsWith("content-"))
                .forEach(b.headers::add);
        b.body = asGet ? null : body;
        b.operation = operation;
        b.safe = asGet ? null : safe;
        b.expectedBody = expectedBody;
        b.redirectMode = redirectMode;
        return b.build();
    }

    /** Method and URI with the query redacted, for logs and messages. */
    String describe(Redactor redactor) {
        return method + " " + redactor.uri(uri);
    }

    /** Method, redacted URI, operation and header names; never a header value or body content. */
    @Override
    public String toString() {
        return "PortalRequest[" + describe(Redactor.defaults()) + ", operation=" + operation + ", safe=" + safe
                + ", headers=" + headers.stream().map(Header::getName).toList() + ", body=" + body + "]";
    }

    /** Builds a {@link PortalRequest}. Not thread-safe. */
    public static final class Builder {
        private final String method;
        private final URI uri;
        private final List<Header> headers = new ArrayList<>();
        private RequestBody body;
        private String operation;
        private Boolean safe;
        private BodyKind expectedBody = BodyKind.HTML;
        private RedirectMode redirectMode = RedirectMode.FOLLOW;

        private Builder(String method, URI uri) {
            Objects.requireNonNull(method, "method");
            this.method = method.toUpperCase(Locale.ROOT);
            this.uri = uri;
        }

        /** Adds a header (repeat the name to send it more than once). */
        public Builder header(String name, String value) {
            headers.add(new BasicHeader(name, value));
            return this;
        }

        /** Adds every header of the map. */
        public Builder headers(Map<String, String> values) {
            values.forEach(this::header);
            return this;
        }

        /** The body, or {@code null} for none. */
        public Builder body(RequestBody value) {
            body = value;
            return this;
        }

        /** Form fields as the body, in the map's iteration order. */
        public Builder form(Map<String, String> fields) {
            return body(RequestBody.form(fields));
        }

        /** A JSON document as the body; also asks for JSON back. */
        public Builder json(String json) {
            expect(BodyKind.JSON);
            return body(RequestBody.json(json));
        }

        /** The operation name for errors and logs, e.g. {@code "pengajuan.kirim"}. */
        public Builder operation(String value) {
            operation = value;
            return this;
        }

        /** Declares whether the request may be sent again without harm, overriding the method's default. */
        public Builder safe(boolean value) {
            safe = value;
            return this;
        }

        /** The kind of body expected back (default {@link BodyKind#HTML}). */
        public Builder expect(BodyKind value) {
            expectedBody = Objects.requireNonNull(value, "expectedBody");
            if (value == BodyKind.JSON && headers.stream().noneMatch(h -> h.getName().equalsIgnoreCase(
                    HttpHeaders.ACCEPT))) {
                header(HttpHeaders.ACCEPT, "application/json");
            }
            return this;
        }

        /** What to do with a {@code 3xx} answer (default {@link RedirectMode#FOLLOW}). */
        public Builder redirects(RedirectMode value) {
            redirectMode = Objects.requireNonNull(value, "redirectMode");
            return this;
        }

        /** The request; {@link IllegalArgumentException} when the URI is not absolute http(s). */
        public PortalRequest build() {
            Objects.requireNonNull(uri, "uri");
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                throw new IllegalArgumentException("request URI must be absolute http(s): " + Redactor.defaults()
                        .uri(uri));
            }
            if (uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException("request URI must not carry credentials");
            }
            return new PortalRequest(this);
        }
    }
}
