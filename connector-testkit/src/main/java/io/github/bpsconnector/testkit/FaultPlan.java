package io.github.bpsconnector.testkit;

import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults a simulated portal injects into the coming requests. Rules are checked in the order they were
 * added; the first unspent rule that matches a request fires (at most one per request). Control requests under
 * {@code /__sim} are never struck. Thread-safe.
 *
 * <pre>{@code
 * portal.faults().on("POST", "/sdi/v2/metadata-statistik/kegiatan").times(1).after()
 *         .fault(Fault.CONNECTION_RESET_BY_PEER);
 * }</pre>
 */
public final class FaultPlan {

    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    /**
     * Starts a rule for the requests with this method whose whole path matches a regular expression.
     *
     * @param method an HTTP method, or {@code "*"} for any
     * @param pathRegex a regular expression the whole decoded path must match (no query string)
     * @return a builder; its terminal call adds the rule
     */
    public RuleBuilder on(String method, String pathRegex) {
        return new RuleBuilder(method, pathRegex);
    }

    /**
     * Adds a rule.
     *
     * @param method an HTTP method, or {@code "*"} / {@code null} for any
     * @param pathRegex a regular expression the whole decoded path must match
     * @param times how many matching requests it strikes (at least 1)
     * @param timing before or after the request is applied
     * @param action what it does
     * @return the rule, to ask later how often it fired
     */
    public FaultRule add(String method, String pathRegex, int times, FaultTiming timing, FaultAction action) {
        FaultRule rule = new FaultRule(ids.incrementAndGet(), method, pathRegex, times, timing, action);
        rules.add(rule);
        return rule;
    }

    /** @return every rule, spent or not, in order */
    public List<FaultRule> rules() {
        return List.copyOf(rules);
    }

    /** @return how many requests were struck by all rules */
    public int totalFired() {
        return rules.stream().mapToInt(FaultRule::fired).sum();
    }

    /** Removes every rule. */
    public void clear() {
        rules.clear();
    }

    /**
     * Claims the rule that strikes this request, if any.
     *
     * @param method the request method
     * @param path the decoded request path
     * @return the rule that fired
     */
    Optional<FaultRule> strike(String method, String path) {
        for (FaultRule rule : rules) {
            if (!rule.isSpent() && rule.matches(method, path) && rule.tryFire()) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** Builds one rule; the default is once, {@link FaultTiming#BEFORE}. */
    public final class RuleBuilder {
        private final String method;
        private final String pathRegex;
        private int times = 1;
        private FaultTiming timing = FaultTiming.BEFORE;

        private RuleBuilder(String method, String pathRegex) {
            this.method = method;
            this.pathRegex = Objects.requireNonNull(pathRegex, "pathRegex");
        }

        /**
         * @param count how many matching requests the rule strikes
         * @return this builder
         */
        public RuleBuilder times(int count) {
            this.times = count;
            return this;
        }

        /** @return this builder; the request is not applied (the default) */
        public RuleBuilder before() {
            this.timing = FaultTiming.BEFORE;
            return this;
        }

        /** @return this builder; the request is applied, then its answer is lost */
        public RuleBuilder after() {
            this.timing = FaultTiming.AFTER;
            return this;
        }

        /**
         * @param fault the connection fault
         * @return the added rule
         */
        public FaultRule fault(Fault fault) {
            return action(FaultAction.connection(fault));
        }

        /**
         * @param delay the delay
         * @return the added rule
         */
        public FaultRule delay(Duration delay) {
            return action(FaultAction.delay(delay));
        }

        /**
         * @param status the replacement status, without body
         * @return the added rule
         */
        public FaultRule status(int status) {
            return action(FaultAction.status(status, null, null));
        }

        /**
         * @param status the replacement status
         * @param contentType the body's content type
         * @param body the body
         * @return the added rule
         */
        public FaultRule status(int status, String contentType, String body) {
            return action(FaultAction.status(status, contentType, body));
        }

        /**
         * @param retryAfter the {@code Retry-After} wait
         * @return the added rule
         */
        public FaultRule rateLimited(Duration retryAfter) {
            return action(FaultAction.rateLimited(retryAfter));
        }

        /** @return the added rule: the caller's session expires */
        public FaultRule sessionExpiry() {
            return action(FaultAction.sessionExpiry());
        }

        /**
         * @param action any action
         * @return the added rule
         */
        public FaultRule action(FaultAction action) {
            return add(method, pathRegex, times, timing, action);
        }
    }
}
