package io.github.bpsconnector.core.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The shared watchdog of attempt timeouts, on its own instance. */
class AttemptDeadlinesTest {

    private final AttemptDeadlines deadlines = new AttemptDeadlines("test-attempt-timeout");

    @Test
    void anExpiredAttemptIsAbortedOnceAndCannotFinish() {
        AtomicInteger aborts = new AtomicInteger();
        AttemptDeadlines.Deadline deadline = deadlines.start(TimeUnit.MILLISECONDS.toNanos(100));
        deadline.onExpiry(aborts::incrementAndGet);

        await().atMost(Duration.ofSeconds(5)).until(deadline::expired);

        assertThat(aborts).hasValue(1);
        assertThat(deadline.finish()).isFalse();
        assertThat(deadlines.watched()).isZero();
    }

    @Test
    void anAttemptThatFinishesInTimeIsNeverAborted() {
        AtomicInteger aborts = new AtomicInteger();
        for (int i = 0; i < 1000; i++) {
            AttemptDeadlines.Deadline deadline = deadlines.start(TimeUnit.MILLISECONDS.toNanos(200));
            deadline.onExpiry(aborts::incrementAndGet);
            assertThat(deadline.finish()).isTrue();
        }

        assertThat(deadlines.watched()).isZero();
        await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(5)).until(() -> aborts.get() == 0);
    }

    @Test
    void anAbortRegisteredAfterExpiryRunsAtOnce() {
        AttemptDeadlines.Deadline deadline = deadlines.start(TimeUnit.MILLISECONDS.toNanos(50));
        await().atMost(Duration.ofSeconds(5)).until(deadline::expired);
        AtomicInteger aborts = new AtomicInteger();

        deadline.onExpiry(aborts::incrementAndGet);

        assertThat(aborts).hasValue(1);
    }

    @Test
    void aShortTimeoutWakesAWatchdogSleepingForALongOne() {
        deadlines.start(TimeUnit.SECONDS.toNanos(60)); // the watchdog now sleeps up to a minute
        AttemptDeadlines.Deadline shortOne = deadlines.start(TimeUnit.MILLISECONDS.toNanos(100));

        await().atMost(Duration.ofSeconds(5)).until(shortOne::expired);

        assertThat(deadlines.watched()).isEqualTo(1);
    }

    @Test
    void aFailingAbortDoesNotStopTheWatchdog() {
        AttemptDeadlines.Deadline failing = deadlines.start(TimeUnit.MILLISECONDS.toNanos(50));
        failing.onExpiry(() -> {
            throw new IllegalStateException("abort failed");
        });
        await().atMost(Duration.ofSeconds(5)).until(failing::expired);

        AttemptDeadlines.Deadline next = deadlines.start(TimeUnit.MILLISECONDS.toNanos(50));

        await().atMost(Duration.ofSeconds(5)).until(next::expired);
    }
}
