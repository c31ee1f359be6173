package io.github.bpsconnector.core.resilience;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * The wait before the next attempt: the portal's {@code Retry-After} when it sent one (exactly, no jitter, so the
 * portal's wish is never undercut), else exponential backoff with jitter, never above the cap.
 */
final class RetryDelay {

    private final ResilienceSettings settings;
    private final Clock clock;
    private final DoubleSupplier random;

    RetryDelay(ResilienceSettings settings, Clock clock, DoubleSupplier random) {
        this.settings = settings;
        this.clock = clock;
        this.random = random;
    }

    /** The wait after {@code failedAttempts} failures (1 for the first), the last one being {@code failure}. */
    Duration before(int failedAttempts, Throwable failure) {
        return requestedWait(failure).orElseGet(() -> backoff(failedAttempts));
    }

    /** The {@code Retry-After} of a failure status answer. */
    Optional<Duration> requestedWait(Throwable failure) {
        if (failure instanceof FailureStatusException status) {
            return status.retryAfter().flatMap(value -> RetryAfter.parse(value, clock));
        }
        return Optional.empty();
    }

    /** Whether the portal asked for a longer wait than the cap: then waiting is the caller's decision. */
    boolean asksTooLongAWait(Throwable failure) {
        return requestedWait(failure).map(wait -> wait.compareTo(settings.backoffCap()) > 0).orElse(false);
    }

    /** base &#215; factor^(n-1), varied by the jitter, at most the cap. */
    Duration backoff(int failedAttempts) {
        double exponential = settings.backoffBase().toNanos()
                * Math.pow(settings.backoffFactor(), Math.max(0, failedAttempts - 1));
        double cap = settings.backoffCap().toNanos();
        double jittered = Math.min(exponential, cap) * (1 + settings.jitter() * (2 * random.getAsDouble() - 1));
        return Duration.ofNanos((long) Math.min(jittered, cap));
    }
}
