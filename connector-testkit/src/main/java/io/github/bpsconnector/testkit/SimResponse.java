package io.github.bpsconnector.testkit;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of a simulated portal to one request: a status, headers and a body, or a connection {@link Fault};
 * optionally delayed. Immutable: the {@code with…} methods return a copy.
 */
public final class SimResponse {

    /** {@code application/json;charset=UTF-8}. */
    public static final String JSON = "application/json;charset=UTF-8";
    /** {@code text/html;charset=UTF-8}. */
    public static final String HTML = "text/html;charset=UTF-8";
    /** {@code text/plain;charset=UTF-8}. */
    public static final String TEXT = "text/plain;charset=UTF-8";

    private final int status;
    private final List<Map.Entry<String, String>> headers;
    private final byte[] body;
    private final Fault fault;
    private final Duration delay;

    private SimResponse(int status, List<Map.Entry<String, String>> headers, byte[] body, Fault fault,
            Duration delay) {
        this.status = status;
        this.headers = List.copyOf(headers);
        this.body = body;
        this.fault = fault;
        this.delay = delay;
    }

    /**
     * @param status an HTTP status code
     * @return a response with that status and no body
     */
    public static SimResponse status(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("Not an HTTP status: " + status);
        }
        return new SimResponse(status, List.of(), new byte[0], null, Duration.ZERO);
    }

    /**
     * @param status an HTTP status code
     * @param body an object Jackson can write (a {@code JsonNode}, a map, a record …)
     * @return a JSON response
     */
    public static SimResponse json(int status, Object body) {
        return bytes(status, JSON, SimJson.write(body));
    }

    /**
     * @param status an HTTP status code
     * @param html the page
     * @return an HTML response
     */
    public static SimResponse html(int status, String html) {
        return text(status, HTML, html);
    }

    /**
     * @param status an HTTP status code
     * @param contentType the {@code Content-Type}
     * @param text the body, written as UTF-8
     * @return a text response
     */
    public static SimResponse text(int status, String contentType, String text) {
        return bytes(status, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param status an HTTP status code
     * @param contentType the {@code Content-Type}
     * @param body the body
     * @return a response with that body
     */
    public static SimResponse bytes(int status, String contentType, byte[] body) {
        return status(status).withHeader("Content-Type", contentType).withBody(body);
    }

    /**
     * @param location the {@code Location} header value
     * @return a {@code 302 Found}
     */
    public static SimResponse redirect(String location) {
        return status(302).withHeader("Location", location);
    }

    /**
     * @param fault what WireMock does to the connection instead of answering
     * @return a response that is no HTTP response at all
     */
    public static SimResponse fault(Fault fault) {
        return new SimResponse(500, List.of(), new byte[0], Objects.requireNonNull(fault, "fault"), Duration.ZERO);
    }

    /**
     * @param name a header name
     * @param value its value; a second call with the same name adds another value (e.g. {@code Set-Cookie})
     * @return a copy with the header added
     */
    public SimResponse withHeader(String name, String value) {
        List<Map.Entry<String, String>> copy = new ArrayList<>(headers);
        copy.add(Map.entry(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")));
        return new SimResponse(status, copy, body, fault, delay);
    }

    /**
     * @param newBody the body bytes
     * @return a copy with that body
     */
    public SimResponse withBody(byte[] newBody) {
        return new SimResponse(status, headers, newBody.clone(), fault, delay);
    }

    /**
     * @param newDelay how long WireMock waits before sending the response
     * @return a copy with that delay
     */
    public SimResponse withDelay(Duration newDelay) {
        if (newDelay.isNegative()) {
            throw new IllegalArgumentException("A delay cannot be negative");
        }
        return new SimResponse(status, headers, body, fault, newDelay);
    }

    /** @return the HTTP status (meaningless when {@link #fault()} is present) */
    public int status() {
        return status;
    }

    /**
     * @param name a header name (case-insensitive)
     * @return its first value, if set
     */
    public Optional<String> header(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return headers.stream()
                .filter(h -> h.getKey().toLowerCase(Locale.ROOT).equals(wanted))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** @return the headers in the order they were added */
    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /** @return a copy of the body */
    public byte[] body() {
        return body.clone();
    }

    /** @return the body decoded as UTF-8 */
    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** @return the connection fault, if this response is one */
    public Optional<Fault> fault() {
        return Optional.ofNullable(fault);
    }

    /** @return the delay before the response is sent */
    public Duration delay() {
        return delay;
    }

    ResponseDefinition toResponseDefinition() {
        ResponseDefinitionBuilder builder = new ResponseDefinitionBuilder();
        if (fault != null) {
            builder.withFault(fault);
        } else {
            builder.withStatus(status).withBody(body);
            java.util.LinkedHashMap<String, List<String>> grouped = new java.util.LinkedHashMap<>();
            headers.forEach(h -> grouped.computeIfAbsent(h.getKey(), k -> new ArrayList<>()).add(h.getValue()));
            grouped.forEach((key, values) -> builder.withHeader(key, values.toArray(String[]::new)));
        }
        if (!delay.isZero()) {
            builder.withFixedDelay(Math.toIntExact(delay.toMillis()));
        }
        return builder.build();
    }

    @Override
    public String toString() {
        return fault != null ? "SimResponse[fault=" + fault + "]" : "SimResponse[" + status + "]";
    }
}
