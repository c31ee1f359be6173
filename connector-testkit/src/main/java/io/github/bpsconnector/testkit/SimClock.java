package io.github.bpsconnector.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The adjustable clock of the simulated portals: it stands still until a test moves it, so token expiry, review
 * dates and "no backdate" rules can be tested without waiting. One clock is shared by all simulators of one
 * {@link SimulatedPortals}. Thread-safe.
 */
public final class SimClock {

    /** The time zone of the portals' users (WIB), used for "today". */
    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final AtomicReference<Instant> now;

    /** A clock that starts at the current wall-clock time, truncated to whole seconds. */
    public SimClock() {
        this(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * A clock that starts at the given instant.
     *
     * @param start the first value of {@link #now()}
     */
    public SimClock(Instant start) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    }

    /** @return the simulated current instant */
    public Instant now() {
        return now.get();
    }

    /** @return the simulated current date in Jakarta (WIB) */
    public LocalDate today() {
        return LocalDate.ofInstant(now(), JAKARTA);
    }

    /**
     * Moves the clock forward.
     *
     * @param amount how far; must not be negative (use {@link #set(Instant)} to go back)
     * @return the new current instant
     */
    public Instant advance(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A SimClock only advances; use set() to go back in time");
        }
        return now.updateAndGet(current -> current.plus(amount));
    }

    /**
     * Sets the clock to an instant, forwards or backwards.
     *
     * @param instant the new current instant
     */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    /** @return a {@link Clock} in UTC that always reads this simulated time */
    public Clock asClock() {
        return asClock(ZoneOffset.UTC);
    }

    /**
     * @param zone the zone of the returned clock
     * @return a {@link Clock} that always reads this simulated time
     */
    public Clock asClock(ZoneId zone) {
        return new View(this, zone);
    }

    @Override
    public String toString() {
        return "SimClock[" + now() + "]";
    }

    private static final class View extends Clock {
        private final SimClock source;
        private final ZoneId zone;

        View(SimClock source, ZoneId zone) {
            this.source = source;
            this.zone = Objects.requireNonNull(zone, "zone");
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new View(source, newZone);
        }

        @Override
        public Instant instant() {
            return source.now();
        }
    }
}
