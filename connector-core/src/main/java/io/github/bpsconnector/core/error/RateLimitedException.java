package io.github.bpsconnector.core.error;

import java.time.Duration;
import java.util.Optional;

/**
 * The portal answered {@code 429 Too Many Requests}, or the client's own rate limiter could not grant a permit
 * within its maximum wait. Retryable after {@link #retryAfter()} when known.
 */
public class RateLimitedException extends PortalException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /**
     * @param retryAfter the wait the portal asked for, or {@code null} when it did not say
     */
    public RateLimitedException(ErrorContext context, Delivery delivery, String message, Duration retryAfter) {
        super(context, delivery, message, null);
        this.retryAfter = retryAfter;
    }

    /** The wait the portal asked for in {@code Retry-After}, if any. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
