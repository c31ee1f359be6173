package io.github.bpsconnector.core.journal;

import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.PortalException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a write whose answer never arrived may be sent again. A portal may hold a request past the client's timeout
 * and apply it afterwards; looking for the write's effect while it is held finds nothing, and sending again then
 * applies it twice. So after a lost answer a look that finds nothing does not lead to a second send at once: the
 * write is reported as {@link io.github.bpsconnector.core.error.OutcomeUnknownException} with its journal intent
 * open, and a later call sends again only once the last attempt is older than the settle time (and a look still
 * finds nothing). Immutable and thread-safe; one per portal client.
 */
public final class WriteSettling {

    private static final int GATEWAY_TIMEOUT = 504;

    private final Clock clock;
    private final Duration settleTime;

    private WriteSettling(Clock clock, Duration settleTime) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settleTime = Objects.requireNonNull(settleTime, "settleTime");
        if (settleTime.isNegative()) {
            throw new IllegalArgumentException("settleTime must not be negative: " + settleTime);
        }
    }

    /**
     * A policy.
     *
     * @param clock      the client's clock, compared with the journal's attempt times
     * @param settleTime how long after an attempt its request may still land on the portal
     * @throws IllegalArgumentException if {@code settleTime} is negative
     */
    public static WriteSettling of(Clock clock, Duration settleTime) {
        return new WriteSettling(clock, settleTime);
    }

    /**
     * The default settle time: twice the client's response timeout, so that a request held about as long as the
     * client waited has landed before it is sent again.
     *
     * @param responseTimeout how long the client waits for an answer
     */
    public static Duration defaultSettleTime(Duration responseTimeout) {
        return responseTimeout.multipliedBy(2);
    }

    /** How long after an attempt its request may still land on the portal. */
    public Duration settleTime() {
        return settleTime;
    }

    /**
     * Whether {@code failure} of a write means that no answer arrived (read timeout, connection lost after sending,
     * a gateway's {@code 504}): the request may still be held by the portal and land later, so finding no effect
     * now says nothing. A {@code 5xx} answer of the portal itself ends the request: a look after it is final.
     */
    public static boolean answerLost(PortalException failure) {
        return failure.delivery() == Delivery.OUTCOME_UNKNOWN
                && (failure.httpStatus() == 0 || failure.httpStatus() == GATEWAY_TIMEOUT);
    }

    /**
     * Whether an earlier attempt of an open intent may still land: it was sent less than the settle time ago. The
     * journal does not say why its outcome is unknown, so every attempt counts (also one cut short by a crash).
     */
    public boolean mayStillLand(JournalEntry entry) {
        return settledAt(entry).filter(at -> at.isAfter(clock.instant())).isPresent();
    }

    /** When an open intent's last attempt can no longer land; empty if it has no attempt or is not open. */
    public Optional<Instant> settledAt(JournalEntry entry) {
        if (!entry.isOpen() || entry.attempts() == 0) {
            return Optional.empty();
        }
        return entry.lastAttemptAt().map(at -> at.plus(settleTime));
    }

    @Override
    public String toString() {
        return "WriteSettling[settleTime=" + settleTime + "]";
    }
}
