package io.github.bpsconnector.core.file;

import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalException;
import io.github.bpsconnector.core.error.PortalRejectedException;
import io.github.bpsconnector.core.error.PortalUnavailableException;
import io.github.bpsconnector.core.error.RateLimitedException;
import io.github.bpsconnector.core.resilience.DeliveryClassifier;
import io.github.bpsconnector.core.resilience.RetryAfter;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.HttpStatus;

/**
 * Turns a non-2xx answer or a transport failure of a download into the connector's typed exception. Whether a
 * failed request reached the portal and how long {@code Retry-After} asks to wait are decided by the resilience
 * layer ({@link DeliveryClassifier}, {@link RetryAfter}), so downloads and portal calls agree.
 */
final class PortalFailures {

    private static final List<String> CORRELATION_HEADERS = List.of("X-Request-Id", "X-Correlation-Id");

    private PortalFailures() {
    }

    /**
     * The exception for a non-2xx answer: 429 {@link RateLimitedException}, 5xx
     * {@link PortalUnavailableException} (502/504 with an unknown outcome), anything else
     * {@link PortalRejectedException}.
     *
     * @param what what was being done, for the message, e.g. {@code "download of /surat/1"}
     */
    static PortalException forStatus(ErrorContext context, HttpResponse response, String what) {
        int status = response.getCode();
        ErrorContext answered = withCorrelationId(context.withHttpStatus(status), response);
        String message = what + " failed: HTTP " + status;
        if (status == HttpStatus.SC_TOO_MANY_REQUESTS) {
            return new RateLimitedException(answered, Delivery.REJECTED, message, retryAfter(response));
        }
        if (status >= 500) {
            Delivery delivery = status == HttpStatus.SC_BAD_GATEWAY || status == HttpStatus.SC_GATEWAY_TIMEOUT
                    ? Delivery.OUTCOME_UNKNOWN
                    : Delivery.REJECTED;
            return new PortalUnavailableException(answered, delivery, message, null);
        }
        return new PortalRejectedException(answered, message, List.of());
    }

    /**
     * The exception for a request that failed below HTTP: never sent when no connection was made, as decided by
     * {@link DeliveryClassifier}.
     */
    static PortalUnavailableException forTransport(ErrorContext context, IOException failure, String what) {
        return new PortalUnavailableException(context, DeliveryClassifier.classify(failure, true), // always a GET
                what + " failed: " + failure.getClass().getSimpleName(), failure);
    }

    private static ErrorContext withCorrelationId(ErrorContext context, HttpResponse response) {
        for (String name : CORRELATION_HEADERS) {
            Header header = response.getFirstHeader(name);
            if (header != null && !header.getValue().isBlank()) {
                return context.withCorrelationId(header.getValue().trim());
            }
        }
        return context;
    }

    /** The wait {@code Retry-After} asks for, read by {@link RetryAfter}; garbage counts as not given. */
    private static Duration retryAfter(HttpResponse response) {
        Header header = response.getFirstHeader(HttpHeaders.RETRY_AFTER);
        return RetryAfter.parse(header == null ? null : header.getValue(), Clock.systemUTC()).orElse(null);
    }
}
