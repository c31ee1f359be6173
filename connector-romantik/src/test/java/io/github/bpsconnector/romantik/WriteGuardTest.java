package io.github.bpsconnector.romantik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.OutcomeUnknownException;
import io.github.bpsconnector.core.error.PortalUnavailableException;
import io.github.bpsconnector.core.journal.FileJournal;
import io.github.bpsconnector.core.journal.Intent;
import io.github.bpsconnector.core.journal.WriteSettling;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write whose answer was lost and whose effect could not be looked for stays unknown, journaled as such. */
class WriteGuardTest {

    private static final ErrorContext CONTEXT = ErrorContext.of("romantik", "pengajuan.kirim");

    @TempDir
    Path folder;

    @Test
    void aLookThatFailsLeavesTheOutcomeUnknownAndSendsNothingMore() {
        AtomicInteger sent = new AtomicInteger();
        try (FileJournal journal = FileJournal.open(folder.resolve("journal.jsonl"))) {
            WriteGuard guard = new WriteGuard(journal, WriteSettling.of(Clock.systemUTC(), Duration.ZERO));
            Intent intent = Intent.of("romantik.pengajuan.kirim", "romantik", "pengajuan|7");

            assertThatThrownBy(() -> guard.journaled(intent, () -> {
                guard.once("pengajuan.kirim", () -> {
                    throw new PortalUnavailableException(CONTEXT, Delivery.REJECTED, "detail: HTTP 503", null);
                }, () -> {
                    sent.incrementAndGet();
                    throw new OutcomeUnknownException(CONTEXT, "kirim: connection reset", null, null);
                });
                return 7L;
            }, id -> Map.of("pengajuanId", Long.toString(id)))).isInstanceOfSatisfying(OutcomeUnknownException.class,
                    unknown -> {
                        assertThat(unknown.delivery()).isEqualTo(Delivery.OUTCOME_UNKNOWN);
                        assertThat(unknown.journalIntentId()).isPresent();
                        assertThat(journal.find(unknown.journalIntentId().get()).orElseThrow().isOpen()).isTrue();
                    });
            assertThat(sent).as("sent once, not again blindly").hasValue(1);
            assertThat(journal.openIntents()).hasSize(1);
        }
    }
}
