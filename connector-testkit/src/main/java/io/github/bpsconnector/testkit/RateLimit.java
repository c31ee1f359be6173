package io.github.bpsconnector.testkit;

import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * The request limit of a simulated portal ("too many requests → 429 with {@code Retry-After}"): at most
 * {@link #perSecond()} requests in each one-second window of real time. Off (unlimited) by default, so the
 * simulator is never the bottleneck of a benchmark. Thread-safe.
 */
public final class RateLimit {

    private static final long SECOND_NANOS = 1_000_000_000L;

    private final LongSupplier nanoTicker;
    private volatile int perSecond;
    private long windowStart;
    private int usedInWindow;

    RateLimit() {
        this(System::nanoTime);
    }

    RateLimit(LongSupplier nanoTicker) {
        this.nanoTicker = nanoTicker;
        this.windowStart = nanoTicker.getAsLong();
    }

    /**
     * @param limit the most requests per second, or 0 for no limit
     */
    public void perSecond(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("A rate limit cannot be negative");
        }
        this.perSecond = limit;
    }

    /** @return the most requests per second, 0 for no limit */
    public int perSecond() {
        return perSecond;
    }

    /**
     * Counts one request.
     *
     * @return empty if it may pass, else the seconds the client should wait ({@code Retry-After}, at least 1)
     */
    OptionalLong acquire() {
        int limit = perSecond;
        if (limit == 0) {
            return OptionalLong.empty();
        }
        synchronized (this) {
            long now = nanoTicker.getAsLong();
            if (now - windowStart >= SECOND_NANOS) {
                windowStart = now;
                usedInWindow = 0;
            }
            if (usedInWindow < limit) {
                usedInWindow++;
                return OptionalLong.empty();
            }
            long waitNanos = SECOND_NANOS - (now - windowStart);
            return OptionalLong.of(Math.max(1, (waitNanos + SECOND_NANOS - 1) / SECOND_NANOS));
        }
    }
}
