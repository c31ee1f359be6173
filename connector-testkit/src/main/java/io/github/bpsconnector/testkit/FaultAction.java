package io.github.bpsconnector.testkit;

import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.util.Objects;

/** What a {@link FaultRule} does to a request it matches. */
public sealed interface FaultAction
        permits FaultAction.ConnectionFault, FaultAction.Delay, FaultAction.Status, FaultAction.RateLimited,
        FaultAction.SessionExpiry {

    /**
     * @param fault what WireMock does to the connection
     * @return a broken connection instead of an answer
     */
    static FaultAction connection(Fault fault) {
        return new ConnectionFault(fault);
    }

    /**
     * With {@link FaultTiming#BEFORE} the handler runs only after the delay; with {@link FaultTiming#AFTER} it runs
     * at once and the answer is held back.
     *
     * @param delay how long
     * @return a slow answer (for timeouts)
     */
    static FaultAction delay(Duration delay) {
        return new Delay(delay);
    }

    /**
     * @param status the HTTP status
     * @param contentType its {@code Content-Type}, or {@code null} for no body
     * @param body its body, or {@code null}
     * @return an answer with that status and body instead of the real one
     */
    static FaultAction status(int status, String contentType, String body) {
        return new Status(status, contentType, body);
    }

    /**
     * @param retryAfter the {@code Retry-After} value (whole seconds)
     * @return {@code 429 Too Many Requests}
     */
    static FaultAction rateLimited(Duration retryAfter) {
        return new RateLimited(retryAfter);
    }

    /** @return the caller's session or token is invalidated and it gets the portal's "session expired" answer */
    static FaultAction sessionExpiry() {
        return new SessionExpiry();
    }

    /** @return a short name for the {@code /__sim} controls: FAULT, DELAY, STATUS, RATE_LIMIT, SESSION_EXPIRY */
    String type();

    /**
     * A connection fault.
     *
     * @param fault what WireMock does to the connection
     */
    record ConnectionFault(Fault fault) implements FaultAction {
        /** Validates. */
        public ConnectionFault {
            Objects.requireNonNull(fault, "fault");
        }

        @Override
        public String type() {
            return "FAULT";
        }
    }

    /**
     * A delay.
     *
     * @param delay how long
     */
    record Delay(Duration delay) implements FaultAction {
        /** Validates. */
        public Delay {
            if (delay == null || delay.isNegative() || delay.isZero()) {
                throw new IllegalArgumentException("A fault delay must be positive");
            }
        }

        @Override
        public String type() {
            return "DELAY";
        }
    }

    /**
     * A replacement answer.
     *
     * @param status the HTTP status
     * @param contentType its content type or {@code null}
     * @param body its body or {@code null}
     */
    record Status(int status, String contentType, String body) implements FaultAction {
        /** Validates. */
        public Status {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("Not an HTTP status: " + status);
            }
            if (body != null && contentType == null) {
                throw new IllegalArgumentException("A fault body needs a content type");
            }
        }

        @Override
        public String type() {
            return "STATUS";
        }

        SimResponse toResponse() {
            SimResponse response = SimResponse.status(status);
            return body == null ? response : SimResponse.text(status, contentType, body);
        }
    }

    /**
     * A {@code 429} with {@code Retry-After}.
     *
     * @param retryAfter the wait the portal asks for
     */
    record RateLimited(Duration retryAfter) implements FaultAction {
        /** Validates. */
        public RateLimited {
            if (retryAfter == null || retryAfter.isNegative()) {
                throw new IllegalArgumentException("Retry-After cannot be negative");
            }
        }

        @Override
        public String type() {
            return "RATE_LIMIT";
        }
    }

    /** The caller's session or token expires now. */
    record SessionExpiry() implements FaultAction {
        @Override
        public String type() {
            return "SESSION_EXPIRY";
        }
    }
}
