package io.github.bpsconnector.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final RateLimit limit = new RateLimit(nanos::get);

    @Test
    void unlimitedByDefault() {
        for (int i = 0; i < 10_000; i++) {
            assertThat(limit.acquire()).isEmpty();
        }
    }

    @Test
    void refusesOverTheLimitWithinOneSecondAndAnnouncesTheWait() {
        limit.perSecond(2);
        assertThat(limit.acquire()).isEmpty();
        assertThat(limit.acquire()).isEmpty();
        nanos.addAndGet(400_000_000L);
        assertThat(limit.acquire()).hasValue(1);
    }

    @Test
    void nextWindowAllowsAgain() {
        limit.perSecond(1);
        assertThat(limit.acquire()).isEmpty();
        assertThat(limit.acquire()).isPresent();
        nanos.addAndGet(1_000_000_000L);
        assertThat(limit.acquire()).isEmpty();
    }
}
