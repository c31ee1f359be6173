package io.github.bpsconnector.core.resilience;

import java.time.Duration;

/**
 * How a portal client retries, breaks the circuit, limits its rate and bounds each attempt. Immutable; build with
 * {@link #builder()}, change a copy with {@link #toBuilder()}.
 *
 * <table>
 * <caption>Defaults</caption>
 * <tr><th>Setting</th><th>Default</th><th>Meaning</th></tr>
 * <tr><td>maxAttempts</td><td>4</td><td>attempts of a safe request, the first included</td></tr>
 * <tr><td>backoffBase / backoffFactor / backoffCap</td><td>500 ms / 2.0 / 30 s</td>
 *     <td>delay before retry n is base &#215; factor<sup>n-1</sup>, at most the cap</td></tr>
 * <tr><td>jitter</td><td>0.25</td><td>each backoff delay varies by up to &#177;25 %</td></tr>
 * <tr><td>maxTotalDuration</td><td>2 min</td><td>no retry starts after this, waits included</td></tr>
 * <tr><td>attemptTimeout</td><td>60 s</td><td>one attempt is aborted (its socket closed) after this</td></tr>
 * <tr><td>breakerFailureThreshold / breakerFailureWindow</td><td>5 / 10</td>
 *     <td>the circuit of a host opens when 5 of its last 10 calls failed</td></tr>
 * <tr><td>breakerDelay</td><td>30 s</td><td>an open circuit half-opens after this</td></tr>
 * <tr><td>breakerSuccessThreshold</td><td>2</td><td>successes in half-open state that close it</td></tr>
 * <tr><td>ratePermits / ratePeriod</td><td>4 / 1 s</td><td>calls spaced evenly, at most 4 per second</td></tr>
 * <tr><td>rateMaxWait</td><td>30 s</td><td>longest wait for a permit before giving up</td></tr>
 * </table>
 *
 * <p>A {@code Retry-After} answer is honoured instead of the backoff delay when it is at most
 * {@code backoffCap}; a longer one ends the retries at once, so that the caller can come back later.
 *
 * @param maxAttempts             attempts of a safe request, the first included (1 = no retry)
 * @param backoffBase             delay before the first retry
 * @param backoffFactor           multiplier of the delay for each further retry
 * @param backoffCap              longest delay between attempts, and longest {@code Retry-After} honoured
 * @param jitter                  relative random variation of each backoff delay, 0 to 1
 * @param maxTotalDuration        longest time for all attempts and waits of one call
 * @param attemptTimeout          longest time for one attempt
 * @param breakerFailureThreshold failures within the window that open a host's circuit
 * @param breakerFailureWindow    calls the failure threshold is counted over
 * @param breakerDelay            time an open circuit stays open before letting a trial call through
 * @param breakerSuccessThreshold successful trial calls that close a half-open circuit
 * @param ratePermits             calls allowed per {@code ratePeriod}, spaced evenly
 * @param ratePeriod              the period of {@code ratePermits}
 * @param rateMaxWait             longest wait for a rate permit
 */
public record ResilienceSettings(
        int maxAttempts,
        Duration backoffBase,
        double backoffFactor,
        Duration backoffCap,
        double jitter,
        Duration maxTotalDuration,
        Duration attemptTimeout,
        int breakerFailureThreshold,
        int breakerFailureWindow,
        Duration breakerDelay,
        int breakerSuccessThreshold,
        int ratePermits,
        Duration ratePeriod,
        Duration rateMaxWait) {

    /** Checks every value; a wrong one is an {@link IllegalArgumentException} naming the setting. */
    public ResilienceSettings {
        atLeast(maxAttempts, 1, "maxAttempts");
        notNegative(backoffBase, "backoffBase");
        if (!(backoffFactor >= 1.0)) {
            throw new IllegalArgumentException("backoffFactor must be at least 1");
        }
        notNegative(backoffCap, "backoffCap");
        if (backoffCap.compareTo(backoffBase) < 0) {
            throw new IllegalArgumentException("backoffCap must not be less than backoffBase");
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("jitter must be between 0 and 1");
        }
        positive(maxTotalDuration, "maxTotalDuration");
        positive(attemptTimeout, "attemptTimeout");
        atLeast(breakerFailureThreshold, 1, "breakerFailureThreshold");
        atLeast(breakerFailureWindow, breakerFailureThreshold, "breakerFailureWindow");
        positive(breakerDelay, "breakerDelay");
        atLeast(breakerSuccessThreshold, 1, "breakerSuccessThreshold");
        atLeast(ratePermits, 1, "ratePermits");
        positive(ratePeriod, "ratePeriod");
        notNegative(rateMaxWait, "rateMaxWait");
    }

    /** The settings with every default. */
    public static ResilienceSettings defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    private static void positive(Duration d, String name) {
        notNegative(d, name);
        if (d.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }

    private static void notNegative(Duration d, String name) {
        if (d == null || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be a duration of zero or more");
        }
    }

    private static void atLeast(int value, int min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min);
        }
    }

    /** Builds {@link ResilienceSettings}; starts from the defaults. Not thread-safe. */
    public static final class Builder {
        private int maxAttempts = 4;
        private Duration backoffBase = Duration.ofMillis(500);
        private double backoffFactor = 2.0;
        private Duration backoffCap = Duration.ofSeconds(30);
        private double jitter = 0.25;
        private Duration maxTotalDuration = Duration.ofMinutes(2);
        private Duration attemptTimeout = Duration.ofSeconds(60);
        private int breakerFailureThreshold = 5;
        private int breakerFailureWindow = 10;
        private Duration breakerDelay = Duration.ofSeconds(30);
        private int breakerSuccessThreshold = 2;
        private int ratePermits = 4;
        private Duration ratePeriod = Duration.ofSeconds(1);
        private Duration rateMaxWait = Duration.ofSeconds(30);

        private Builder() {
        }

        private Builder(ResilienceSettings s) {
            maxAttempts = s.maxAttempts;
            backoffBase = s.backoffBase;
            backoffFactor = s.backoffFactor;
            backoffCap = s.backoffCap;
            jitter = s.jitter;
            maxTotalDuration = s.maxTotalDuration;
            attemptTimeout = s.attemptTimeout;
            breakerFailureThreshold = s.breakerFailureThreshold;
            breakerFailureWindow = s.breakerFailureWindow;
            breakerDelay = s.breakerDelay;
            breakerSuccessThreshold = s.breakerSuccessThreshold;
            ratePermits = s.ratePermits;
            ratePeriod = s.ratePeriod;
            rateMaxWait = s.rateMaxWait;
        }

        /** Attempts of a safe request, the first included (1 = no retry). */
        public Builder maxAttempts(int value) {
            maxAttempts = value;
            return this;
        }

        /** Exponential backoff: first delay, multiplier per retry, longest delay. */
        public Builder backoff(Duration base, double factor, Duration cap) {
            backoffBase = base;
            backoffFactor = factor;
            backoffCap = cap;
            return this;
        }

        /** Relative random variation of each backoff delay, 0 to 1. */
        public Builder jitter(double value) {
            jitter = value;
            return this;
        }

        /** Longest time for all attempts and waits of one call. */
        public Builder maxTotalDuration(Duration value) {
            maxTotalDuration = value;
            return this;
        }

        /** Longest time for one attempt. */
        public Builder attemptTimeout(Duration value) {
            attemptTimeout = value;
            return this;
        }

        /**
         * The circuit breaker of each host: it opens when {@code failures} of the last {@code window} calls failed,
         * stays open for {@code delay}, then closes after {@code successes} successful trial calls.
         */
        public Builder circuitBreaker(int failures, int window, Duration delay, int successes) {
            breakerFailureThreshold = failures;
            breakerFailureWindow = window;
            breakerDelay = delay;
            breakerSuccessThreshold = successes;
            return this;
        }

        /** The rate limit: {@code permits} calls per {@code period}, spaced evenly, waiting at most {@code maxWait}. */
        public Builder rateLimit(int permits, Duration period, Duration maxWait) {
            ratePermits = permits;
            ratePeriod = period;
            rateMaxWait = maxWait;
            return this;
        }

        /** The settings; {@link IllegalArgumentException} names a wrong value. */
        public ResilienceSettings build() {
            return new ResilienceSettings(maxAttempts, backoffBase, backoffFactor, backoffCap, jitter,
                    maxTotalDuration, attemptTimeout, breakerFailureThreshold, breakerFailureWindow, breakerDelay,
                    breakerSuccessThreshold, ratePermits, ratePeriod, rateMaxWait);
        }
    }
}
