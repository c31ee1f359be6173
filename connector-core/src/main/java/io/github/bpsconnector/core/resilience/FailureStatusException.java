package io.github.bpsconnector.core.resilience;

import java.io.IOException;
import java.util.Optional;

/**
 * A portal answer whose status is a failure for the resilience layer: {@code 429} or {@code 5xx}. The transport
 * throws it from inside an attempt (after releasing the response) so that the retry policy and circuit breaker see
 * it; {@link Resilience} turns it into a typed exception when no retry is left. It is an {@link IOException} (as
 * HttpClient's own {@code HttpResponseException}) so that a response handler may throw it; every check for it
 * comes before the checks for other I/O failures.
 */
public final class FailureStatusException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String retryAfter;
    private final String correlationId;

    /**
     * @param status        the HTTP status
     * @param retryAfter    the raw {@code Retry-After} header, or {@code null}
     * @param correlationId the portal's request id header, or {@code null}
     */
    public FailureStatusException(int status, String retryAfter, String correlationId) {
        super("HTTP " + status);
        this.status = status;
        this.retryAfter = retryAfter;
        this.correlationId = correlationId;
    }

    /** Whether the resilience layer treats this status as a failure: {@code 429} and every {@code 5xx}. */
    public static boolean isFailureStatus(int status) {
        return status == 429 || status >= 500;
    }

    /** Whether a safe request answered with this status is tried again: 429, 502, 503, 504. */
    public static boolean isRetryableStatus(int status) {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The raw {@code Retry-After} header. */
    public Optional<String> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The portal's request id, if it sent one. */
    public Optional<String> correlationId() {
        return Optional.ofNullable(correlationId);
    }
}
