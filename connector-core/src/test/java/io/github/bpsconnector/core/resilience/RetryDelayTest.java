package io.github.bpsconnector.core.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryDelayTest {

    private final ResilienceSettings settings = ResilienceSettings.builder()
            .backoff(Duration.ofMillis(100), 2.0, Duration.ofSeconds(1)).jitter(0.5).build();

    @Test
    void backoffGrowsByTheFactorUpToTheCap() {
        RetryDelay middle = new RetryDelay(settings, Clock.systemUTC(), () -> 0.5); // no jitter at 0.5
        assertThat(middle.backoff(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(middle.backoff(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(middle.backoff(4)).isEqualTo(Duration.ofMillis(800));
        assertThat(middle.backoff(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(middle.backoff(60)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void jitterVariesTheDelayWithinItsFactorAndNeverAboveTheCap() {
        assertThat(new RetryDelay(settings, Clock.systemUTC(), () -> 0.0).backoff(2)).isEqualTo(Duration.ofMillis(100));
        assertThat(new RetryDelay(settings, Clock.systemUTC(), () -> 1.0).backoff(2)).isEqualTo(Duration.ofMillis(300));
        assertThat(new RetryDelay(settings, Clock.systemUTC(), () -> 1.0).backoff(9)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void retryAfterIsUsedExactlyInsteadOfTheBackoff() {
        RetryDelay delay = new RetryDelay(settings, Clock.systemUTC(), () -> 1.0);
        assertThat(delay.before(1, new FailureStatusException(429, "1", null))).isEqualTo(Duration.ofSeconds(1));
        assertThat(delay.before(1, new FailureStatusException(503, null, null))).isEqualTo(Duration.ofMillis(150));
        assertThat(delay.before(1, new IOException("reset"))).isEqualTo(Duration.ofMillis(150));
    }

    @Test
    void aRetryAfterLongerThanTheCapIsTooLong() {
        RetryDelay delay = new RetryDelay(settings, Clock.systemUTC(), () -> 0.5);
        assertThat(delay.asksTooLongAWait(new FailureStatusException(429, "2", null))).isTrue();
        assertThat(delay.asksTooLongAWait(new FailureStatusException(429, "1", null))).isFalse();
        assertThat(delay.asksTooLongAWait(new FailureStatusException(503, null, null))).isFalse();
    }
}
