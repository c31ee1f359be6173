package io.github.bpsconnector.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SimClockTest {

    private static final Instant START = Instant.parse("2026-03-01T16:30:00Z");

    @Test
    void standsStillUntilMoved() {
        SimClock clock = new SimClock(START);
        assertThat(clock.now()).isEqualTo(START);
        assertThat(clock.advance(Duration.ofHours(8))).isEqualTo(START.plus(Duration.ofHours(8)));
        assertThat(clock.now()).isEqualTo(Instant.parse("2026-03-02T00:30:00Z"));
    }

    @Test
    void canBeSetBackwards() {
        SimClock clock = new SimClock(START);
        clock.set(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(clock.now()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
    }

    @Test
    void refusesNegativeAdvance() {
        SimClock clock = new SimClock(START);
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.now()).isEqualTo(START);
    }

    @Test
    void todayIsInJakarta() {
        // 16:30 UTC is 23:30 WIB; one hour later it is the next day in Jakarta
        SimClock clock = new SimClock(START);
        assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 3, 1));
        clock.advance(Duration.ofHours(1));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void clockViewFollowsTheSimulatedTime() {
        SimClock clock = new SimClock(START);
        Clock view = clock.asClock();
        clock.advance(Duration.ofMinutes(5));
        assertThat(view.instant()).isEqualTo(START.plusSeconds(300));
        assertThat(view.withZone(SimClock.JAKARTA).instant()).isEqualTo(START.plusSeconds(300));
        assertThat(view.withZone(SimClock.JAKARTA).getZone()).isEqualTo(SimClock.JAKARTA);
    }
}
