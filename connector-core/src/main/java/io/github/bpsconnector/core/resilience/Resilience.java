package io.github.bpsconnector.core.resilience;

import dev.failsafe.CircuitBreaker;
import dev.failsafe.CircuitBreakerOpenException;
import dev.failsafe.ExecutionContext;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RateLimitExceededException;
import dev.failsafe.RateLimiter;
import dev.failsafe.RetryPolicy;
import dev.failsafe.Timeout;
import dev.failsafe.TimeoutExceededException;
import dev.failsafe.function.ContextualSupplier;
import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.OutcomeUnknownException;
import io.github.bpsconnector.core.error.PortalException;
import io.github.bpsconnector.core.error.PortalUnavailableException;
import io.github.bpsconnector.core.error.RateLimitedException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the attempts of one call under the resilience policies of a portal client, composed as
 * retry &#8594; circuit breaker (per host) &#8594; rate limiter &#8594; attempt timeout, and turns the final failure
 * into a typed {@link PortalException}. Thread-safe; one per portal client.
 *
 * <p>The policy chains are built once per host, and the attempt timeout is kept by a shared watchdog rather than by
 * a timer task per attempt; an attempt that outlives it is aborted through its cancel hook and fails with Failsafe's
 * {@code TimeoutExceededException}, as with Failsafe's own {@code Timeout} policy.
 *
 * <p>Only {@linkplain Call#repeatable() repeatable} calls are retried: after a transport failure, an attempt timeout
 * or a {@code 429}/{@code 502}/{@code 503}/{@code 504} answer, waiting the portal's {@code Retry-After} or the
 * backoff delay. A state-changing call is attempted exactly once.
 *
 * <table>
 * <caption>How failures end</caption>
 * <tr><th>Failure</th><th>Safe call</th><th>State-changing call</th></tr>
 * <tr><td>connect refused or timed out, unknown host, pool lease timeout, TLS handshake refused</td>
 *     <td>{@link PortalUnavailableException} NOT_SENT</td><td>{@link PortalUnavailableException} NOT_SENT</td></tr>
 * <tr><td>open circuit</td><td>{@link PortalUnavailableException} NOT_SENT</td>
 *     <td>{@link PortalUnavailableException} NOT_SENT</td></tr>
 * <tr><td>no rate permit within the maximum wait</td><td>{@link RateLimitedException} NOT_SENT</td>
 *     <td>{@link RateLimitedException} NOT_SENT</td></tr>
 * <tr><td>no response, read or attempt timeout, reset, broken chunking</td>
 *     <td>{@link PortalUnavailableException} OUTCOME_UNKNOWN</td><td>{@link OutcomeUnknownException}</td></tr>
 * <tr><td>{@code 429}</td><td>{@link RateLimitedException} REJECTED</td><td>{@link RateLimitedException} REJECTED</td></tr>
 * <tr><td>{@code 5xx} but {@code 501}, {@code 505} (the portal may have applied a write before failing)</td>
 *     <td>{@link PortalUnavailableException} REJECTED</td><td>{@link OutcomeUnknownException}</td></tr>
 * <tr><td>{@code 501}, {@code 505}</td><td>{@link PortalUnavailableException} REJECTED</td>
 *     <td>{@link PortalUnavailableException} REJECTED</td></tr>
 * </table>
 */
public final class Resilience {

    private static final Logger LOG = LoggerFactory.getLogger(Resilience.class);
    private static final int MAX_MESSAGE = 80;

    private final String portal;
    private final ResilienceSettings settings;
    private final CircuitBreakerRegistry breakers;
    private final RateLimiter<Object> rateLimiter;
    /** Not composed: {@link AttemptDeadlines} keeps the attempt timeout; this names it in the exception. */
    private final Timeout<Object> attemptTimeout;
    private final long attemptTimeoutNanos;
    private final RetryDelay retryDelay;
    private final RetryPolicy<Object> retryPolicy;
    private final Map<String, PolicyChains> chainsByHost = new ConcurrentHashMap<>();

    private Resilience(String portal, ResilienceSettings settings, CircuitBreakerRegistry breakers, Clock clock) {
        this.portal = Objects.requireNonNull(portal, "portal");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.breakers = Objects.requireNonNull(breakers, "breakers");
        this.rateLimiter = RateLimiter.smoothBuilder(settings.ratePermits(), settings.ratePeriod())
                .withMaxWaitTime(settings.rateMaxWait())
                .build();
        this.attemptTimeout = Timeout.of(settings.attemptTimeout());
        this.attemptTimeoutNanos = settings.attemptTimeout().toNanos();
        this.retryDelay = new RetryDelay(settings, clock, () -> ThreadLocalRandom.current().nextDouble());
        this.retryPolicy = RetryPolicy.builder()
                .handleIf(this::isRetryable)
                .withMaxAttempts(settings.maxAttempts())
                .withMaxDuration(settings.maxTotalDuration())
                .withDelayFn(ctx -> retryDelay.before(ctx.getAttemptCount(), ctx.getLastException()))
                .build();
    }

    /**
     * The resilience of one portal client.
     *
     * @param portal   the portal name for error contexts, e.g. {@code "romantik"}
     * @param settings retry, timeout and rate limit settings
     * @param breakers the circuit breakers by host, possibly shared with other clients of the same portal
     */
    public static Resilience create(String portal, ResilienceSettings settings, CircuitBreakerRegistry breakers) {
        return new Resilience(portal, settings, breakers, Clock.systemUTC());
    }

    /** The settings. */
    public ResilienceSettings settings() {
        return settings;
    }

    /**
     * One logical call: what it is and whether it may be tried again.
     *
     * @param operation   the operation name for errors and logs
     * @param description method and redacted URI, for messages
     * @param host        the host ({@code host[:port]}) whose circuit breaker guards the call
     * @param safe        whether the call changes nothing on the portal
     * @param repeatable  whether the call may be sent again (safe, with a body that can be re-sent)
     */
    public record Call(String operation, String description, String host, boolean safe, boolean repeatable) {
        public Call {
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(host, "host");
        }
    }

    /**
     * Runs the attempts of {@code call}. Each attempt gets a fresh Failsafe context: it must register with
     * {@code ctx.onCancel(..)} how to abort its I/O, so that the attempt timeout closes the socket. An attempt
     * reports a failure status answer by throwing {@link FailureStatusException} after releasing the response.
     *
     * @return what the successful attempt returned
     * @throws PortalException typed as in the class table; a {@link PortalException} thrown by an attempt ends the
     *                         call at once and is rethrown as it is
     */
    public <T> T execute(Call call, ContextualSupplier<T, T> attempt) {
        AtomicInteger attempts = new AtomicInteger();
        long[] lastAttemptEnd = {0};
        try {
            return executor(call).get(ctx -> {
                if (attempts.incrementAndGet() > 1 && LOG.isDebugEnabled()) {
                    LOG.debug("{} {}: attempt {} failed ({}), attempt {} after {} ms", portal, call.operation(),
                            attempts.get() - 1, summary(ctx.getLastException()), attempts.get(),
                            (System.nanoTime() - lastAttemptEnd[0]) / 1_000_000);
                }
                try {
                    return watched(ctx, attempt);
                } finally {
                    lastAttemptEnd[0] = System.nanoTime();
                }
            });
        } catch (FailsafeException e) {
            // checked failures come wrapped; Failsafe's own (open circuit, timeout, rate limit) have no cause
            throw typed(call, e.getCause() != null ? e.getCause() : e, attempts.get());
        }
    }

    /** One attempt under the attempt timeout: aborted through its cancel hook when the timeout expires. */
    private <T> T watched(ExecutionContext<T> ctx, ContextualSupplier<T, T> attempt) throws Throwable {
        AttemptDeadlines.Deadline deadline = AttemptDeadlines.SHARED.start(attemptTimeoutNanos);
        T result;
        try {
            result = attempt.get(new AttemptContext<>(ctx, deadline));
        } catch (Throwable failure) {
            if (!deadline.finish()) {
                throw new TimeoutExceededException(attemptTimeout);
            }
            throw failure;
        }
        if (!deadline.finish()) {
            throw new TimeoutExceededException(attemptTimeout);
        }
        return result;
    }

    private FailsafeExecutor<Object> executor(Call call) {
        PolicyChains chains = chainsByHost.computeIfAbsent(call.host().toLowerCase(Locale.ROOT),
                host -> new PolicyChains(breakers.forHost(host)));
        return call.repeatable() && settings.maxAttempts() > 1 ? chains.retried : chains.once;
    }

    /**
     * The policy chains of one host, built once: a host's circuit breaker never changes, and Failsafe executors
     * are thread-safe.
     */
    private final class PolicyChains {
        private final FailsafeExecutor<Object> once;
        private final FailsafeExecutor<Object> retried;

        PolicyChains(CircuitBreaker<Object> breaker) {
            once = Failsafe.with(breaker).compose(rateLimiter);
            retried = Failsafe.with(retryPolicy).compose(breaker).compose(rateLimiter);
        }
    }

    private boolean isRetryable(Throwable failure) {
        if (failure instanceof FailureStatusException status) {
            return FailureStatusException.isRetryableStatus(status.status()) && !retryDelay.asksTooLongAWait(status);
        }
        return failure instanceof TimeoutExceededException
                || failure instanceof IOException && !(failure instanceof SSLException);
    }

    private RuntimeException typed(Call call, Throwable failure, int attempts) {
        if (failure instanceof PortalException portalException) {
            return portalException;
        }
        if (failure instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        ErrorContext context = ErrorContext.of(portal, call.operation());
        String message = call.description() + " failed after " + attempts + (attempts == 1 ? " attempt: "
                : " attempts: ") + summary(failure);
        if (failure instanceof FailureStatusException status) {
            return typedStatus(call, status, context.withHttpStatus(status.status())
                    .withCorrelationId(status.correlationId().orElse(null)), message);
        }
        if (failure instanceof RateLimitExceededException) {
            return new RateLimitedException(context, Delivery.NOT_SENT, call.description()
                    + ": no rate permit within " + settings.rateMaxWait(), null);
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return new PortalUnavailableException(context, Delivery.NOT_SENT, call.description()
                    + ": circuit of " + call.host() + " is open", failure);
        }
        if (failure instanceof IOException || failure instanceof TimeoutExceededException
                || failure instanceof InterruptedException) {
            Delivery delivery = DeliveryClassifier.classify(failure, call.safe());
            if (delivery == Delivery.OUTCOME_UNKNOWN && !call.safe()) {
                return new OutcomeUnknownException(context, message, failure, null);
            }
            return new PortalUnavailableException(context, delivery, message, failure);
        }
        // a bug in an attempt, not a portal failure: let it surface as it is
        return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }

    private RuntimeException typedStatus(Call call, FailureStatusException status, ErrorContext context,
            String message) {
        if (status.status() == 429) {
            Duration wait = retryDelay.requestedWait(status).orElse(null);
            return new RateLimitedException(context, Delivery.REJECTED, message, wait);
        }
        if (DeliveryClassifier.classify(status, call.safe()) == Delivery.OUTCOME_UNKNOWN) {
            return new OutcomeUnknownException(context, message, status, null);
        }
        return new PortalUnavailableException(context, Delivery.REJECTED, message, status);
    }

    /** A short, secret-free description of a failure: its class, and its message for transport exceptions. */
    public static String summary(Throwable failure) {
        if (failure == null) {
            return "no exception";
        }
        if (failure instanceof FailureStatusException) {
            return failure.getMessage();
        }
        if (failure instanceof TimeoutExceededException) {
            return "attempt timed out";
        }
        String name = failure.getClass().getSimpleName();
        if (!(failure instanceof IOException) || failure.getMessage() == null) {
            return name;
        }
        // a message may quote bytes the server sent (a bad chunk header): keep it short
        String message = failure.getMessage();
        return name + " " + (message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "..." : message);
    }
}
