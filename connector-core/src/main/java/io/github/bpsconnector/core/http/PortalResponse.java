package io.github.bpsconnector.core.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;

/**
 * A portal's answer, fully read under the size cap of its {@link BodyKind}: status, headers, body bytes, the URI
 * that answered (after redirects) and its content type. Immutable, holds no connection.
 */
public final class PortalResponse {

    private final int status;
    private final List<Header> headers;
    private final byte[] body;
    private final URI finalUri;

    /**
     * @param status   the HTTP status
     * @param headers  the response headers, in order
     * @param body     the body bytes (copied), empty when there was none
     * @param finalUri the URI that gave this answer
     */
    public PortalResponse(int status, List<? extends Header> headers, byte[] body, URI finalUri) {
        this(Objects.requireNonNull(finalUri, "finalUri"), status, List.copyOf(headers), body.clone());
    }

    private PortalResponse(URI finalUri, int status, List<Header> headers, byte[] body) {
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.finalUri = finalUri;
    }

    /** The transport's answer: the body array was read for this response alone, so it is kept, not copied. */
    static PortalResponse received(int status, Header[] headers, byte[] body, URI finalUri) {
        return new PortalResponse(finalUri, status, List.of(headers), body);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** Whether the status is {@code 2xx}. */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** Whether the status is a redirect that names a {@code Location}. */
    public boolean isRedirect() {
        return status >= 300 && status < 400 && header(HttpHeaders.LOCATION).isPresent();
    }

    /** The {@code Location} of a redirect, resolved against {@link #finalUri()}. */
    public Optional<URI> location() {
        return header(HttpHeaders.LOCATION).map(finalUri::resolve);
    }

    /** Every header, in order. */
    public List<Header> headers() {
        return headers;
    }

    /** The first value of this header (case-insensitive name). */
    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h.getName().equalsIgnoreCase(name)).map(Header::getValue).findFirst();
    }

    /** Every value of this header, in order (case-insensitive name). */
    public List<String> headers(String name) {
        return headers.stream().filter(h -> h.getName().equalsIgnoreCase(name)).map(Header::getValue).toList();
    }

    /** The URI that gave this answer: the request's, or the last redirect's target. */
    public URI finalUri() {
        return finalUri;
    }

    /** The parsed {@code Content-Type}, if the portal sent a valid one. */
    public Optional<ContentType> contentType() {
        return header(HttpHeaders.CONTENT_TYPE).map(ContentType::parseLenient); // lenient: unknown charset is null
    }

    /** A copy of the body bytes. */
    public byte[] body() {
        return body.clone();
    }

    /** The body as a stream, without copying. */
    public InputStream bodyStream() {
        return new ByteArrayInputStream(body);
    }

    /** The body size in bytes. */
    public int bodyLength() {
        return body.length;
    }

    /** The body decoded with the charset of {@code Content-Type}, else UTF-8. */
    public String text() {
        return new String(body, charset());
    }

    /** The charset of {@code Content-Type}, else UTF-8. */
    public Charset charset() {
        return contentType().map(ContentType::getCharset).orElse(StandardCharsets.UTF_8);
    }

    /** Status, final URI path and body size; never header values or body content. */
    @Override
    public String toString() {
        return "PortalResponse[" + status + " " + finalUri.getRawPath() + ", " + body.length + " bytes]";
    }
}
