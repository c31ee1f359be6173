package io.github.bpsconnector.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.OutcomeUnknownException;
import io.github.bpsconnector.core.error.PortalUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WriteSettlingTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private static final ErrorContext CONTEXT = ErrorContext.of("indah", "indah.kegiatan.create");
    private static final Intent INTENT = Intent.of("indah.kegiatan.create", "indah", "Survei|2026|dinkes");

    @Test
    void anAttemptMayStillLandUntilTheSettleTimeHasPassed() {
        JournalEntry attempted = JournalEntry.of("i1", INTENT, T0, 1, T0, null);
        WriteSettling settling = WriteSettling.of(Clock.fixed(T0.plusSeconds(59), ZoneOffset.UTC),
                Duration.ofMinutes(1));

        assertThat(settling.mayStillLand(attempted)).isTrue();
        assertThat(settling.settledAt(attempted)).contains(T0.plusSeconds(60));
        assertThat(WriteSettling.of(Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC), Duration.ofMinutes(1))
                .mayStillLand(attempted)).isFalse();
    }

    @Test
    void anIntentWithoutAttemptOrWithAFinalOutcomeCannotLand() {
        WriteSettling settling = WriteSettling.of(Clock.fixed(T0, ZoneOffset.UTC), Duration.ofMinutes(1));
        JournalEntry confirmed = JournalEntry.of("i2", INTENT, T0, 1, T0,
                new Outcome(OutcomeStatus.CONFIRMED, Map.of(), "done", T0));

        assertThat(settling.mayStillLand(JournalEntry.of("i1", INTENT, T0, 0, null, null))).isFalse();
        assertThat(settling.mayStillLand(confirmed)).isFalse();
    }

    @Test
    void onlyAMissingAnswerOrAGatewayTimeoutMeansTheRequestMayStillBeHeld() {
        assertThat(WriteSettling.answerLost(new OutcomeUnknownException(CONTEXT, "read timed out", null, null)))
                .isTrue();
        assertThat(WriteSettling.answerLost(new OutcomeUnknownException(CONTEXT.withHttpStatus(504), "504", null,
                null))).isTrue();
        assertThat(WriteSettling.answerLost(new OutcomeUnknownException(CONTEXT.withHttpStatus(503), "503", null,
                null))).isFalse();
        assertThat(WriteSettling.answerLost(new PortalUnavailableException(CONTEXT, Delivery.NOT_SENT, "refused",
                null))).isFalse();
    }

    @Test
    void theDefaultIsTwiceTheResponseTimeoutAndANegativeOneIsRefused() {
        assertThat(WriteSettling.defaultSettleTime(Duration.ofSeconds(30))).isEqualTo(Duration.ofMinutes(1));
        assertThatThrownBy(() -> WriteSettling.of(Clock.systemUTC(), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("settleTime");
    }
}
