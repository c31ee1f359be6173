package io.github.bpsconnector.workflow.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpsconnector.core.journal.Intent;
import io.github.bpsconnector.core.journal.Journal;
import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.core.journal.Outcome;
import io.github.bpsconnector.core.journal.OutcomeStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Journal} does, whatever it is stored in. A subclass says how to open a journal on its test's
 * storage; the same assertions then run against the file journal and the JDBC journal on H2 and PostgreSQL.
 */
abstract class JournalContract {

    static final Instant T0 = Instant.parse("2026-04-06T02:00:00Z");
    static final String UNGGAH = "romantik.komitmen.unggah";
    static final Duration LEASE = Duration.ofMinutes(10);

    final TestClock clock = new TestClock(T0);
    Journal journal;

    /**
     * A journal on this test's storage, created empty on the first call; a later call (after the previous journal
     * was closed) sees everything recorded before.
     */
    abstract Journal open(Clock clock);

    @BeforeEach
    void openJournal() {
        journal = open(clock);
    }

    @AfterEach
    void closeJournal() {
        if (journal != null) { // null when the storage is not there and the test was skipped
            journal.close();
        }
    }

    static Intent unggah(String kegiatan) {
        return Intent.of(UNGGAH, "romantik", Intent.naturalKey(kegiatan, "2026", "Dinas Pendidikan"))
                .withAttribute("file", "komitmen-" + kegiatan + ".pdf");
    }

    private void reopen() {
        journal.close();
        journal = open(clock);
    }

    @Test
    void eachEventIsStampedAndKeptAcrossReopening() {
        JournalEntry begun = journal.begin(unggah("Susenas"));
        String id = begun.intentId();
        assertThat(begun.isOpen()).isTrue();
        assertThat(begun.attempts()).isZero();
        assertThat(begun.startedAt()).isEqualTo(T0);

        clock.advance(Duration.ofMinutes(1));
        assertThat(journal.recordAttempt(id).attempts()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        JournalEntry unknown = journal.markUnknown(id, "connection reset after sending");
        assertThat(unknown.isOpen()).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(journal.recordAttempt(id).lastAttemptAt()).contains(T0.plus(Duration.ofMinutes(3)));
        clock.advance(Duration.ofMinutes(1));
        JournalEntry confirmed = journal.confirm(id, Map.of("komitmenId", "K-77"), "listed on the case page");
        assertThat(confirmed.isOpen()).isFalse();

        reopen();

        JournalEntry stored = journal.find(id).orElseThrow();
        assertThat(stored.intent()).isEqualTo(unggah("Susenas"));
        assertThat(stored.startedAt()).isEqualTo(T0);
        assertThat(stored.attempts()).isEqualTo(2);
        assertThat(stored.lastAttemptAt()).contains(T0.plus(Duration.ofMinutes(3)));
        assertThat(stored.outcome()).contains(new Outcome(OutcomeStatus.CONFIRMED, Map.of("komitmenId", "K-77"),
                "listed on the case page", T0.plus(Duration.ofMinutes(4))));
        assertThat(stored.isOpen()).isFalse();
    }

    @Test
    void openIntentsAreTheOnesWithoutAFinalOutcomeInTheOrderTheyBegan() {
        String begun = journal.begin(unggah("A")).intentId();
        String confirmed = journal.begin(unggah("B")).intentId();
        String unknown = journal.begin(unggah("C")).intentId();
        String failed = journal.begin(unggah("D")).intentId();
        String attempted = journal.begin(unggah("E")).intentId();
        journal.confirm(confirmed, Map.of(), "");
        journal.markUnknown(unknown, "502");
        journal.fail(failed, "file rejected");
        journal.recordAttempt(attempted);

        reopen();

        assertThat(journal.openIntents()).extracting(JournalEntry::intentId)
                .containsExactly(begun, unknown, attempted);
        assertThat(journal.entries()).extracting(JournalEntry::intentId)
                .containsExactly(begun, confirmed, unknown, failed, attempted);
    }

    @Test
    void aFinalOutcomeIsTheLastEventOfAnIntent() {
        String id = journal.begin(unggah("A")).intentId();
        journal.fail(id, "belum memenuhi");

        assertThatThrownBy(() -> journal.confirm(id, Map.of(), "")).isExactlyInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already FAILED");
        assertThatThrownBy(() -> journal.markUnknown(id, "")).isExactlyInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> journal.recordAttempt(id)).isExactlyInstanceOf(IllegalStateException.class);
        JournalEntry entry = journal.find(id).orElseThrow();
        assertThat(entry.outcome().orElseThrow().status()).isEqualTo(OutcomeStatus.FAILED);
        assertThat(entry.attempts()).isZero();
    }

    @Test
    void anIdThatWasNeverBegunIsRefused() {
        assertThatThrownBy(() -> journal.recordAttempt("no-such-intent"))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-intent");
        assertThatThrownBy(() -> journal.confirm("no-such-intent", Map.of(), ""))
                .isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> journal.claim("no-such-intent", "worker-1", LEASE))
                .isExactlyInstanceOf(IllegalArgumentException.class);
        assertThat(journal.find("no-such-intent")).isEmpty();
        journal.release("no-such-intent", "worker-1");
        assertThat(journal.entries()).isEmpty();
    }

    @Test
    void latestIsTheMostRecentIntentOfThatOperationAndKey() {
        String first = journal.begin(unggah("A")).intentId();
        journal.fail(first, "file rejected");
        String other = journal.begin(unggah("B")).intentId();
        String second = journal.begin(unggah("A")).intentId();
        String key = unggah("A").naturalKey();

        assertThat(journal.latest(UNGGAH, key)).map(JournalEntry::intentId).contains(second);
        assertThat(journal.latest(UNGGAH, unggah("B").naturalKey())).map(JournalEntry::intentId).contains(other);
        assertThat(journal.latest("indah.msvar.kirim", key)).isEmpty();
        assertThat(journal.latest(UNGGAH, "Dinas Pendidikan")).isEmpty();
    }

    @Test
    void aClaimIsHeldByOneClaimantUntilReleasedOrExpired() {
        String id = journal.begin(unggah("A")).intentId();

        assertThat(journal.claim(id, "host-a/1", LEASE)).isTrue();
        assertThat(journal.claim(id, "host-b/2", LEASE)).isFalse();
        clock.advance(LEASE.minusSeconds(1));
        assertThat(journal.claim(id, "host-a/1", LEASE)).as("the holder renews").isTrue();
        clock.advance(LEASE.minusSeconds(1));
        assertThat(journal.claim(id, "host-b/2", LEASE)).as("the renewed lease still runs").isFalse();

        journal.release(id, "host-b/2");
        assertThat(journal.claim(id, "host-b/2", LEASE)).as("only the holder releases").isFalse();
        journal.release(id, "host-a/1");
        assertThat(journal.claim(id, "host-b/2", LEASE)).isTrue();

        clock.advance(LEASE);
        assertThat(journal.claim(id, "host-c/3", LEASE)).as("the lease ended").isTrue();
    }

    @Test
    void anUnknownOutcomeKeepsTheClaimAndAFinalOneEndsIt() {
        String id = journal.begin(unggah("A")).intentId();
        assertThat(journal.claim(id, "host-a/1", LEASE)).isTrue();

        journal.markUnknown(id, "read timeout");
        assertThat(journal.claim(id, "host-b/2", LEASE)).isFalse();

        journal.confirm(id, Map.of(), "found on the portal");
        assertThat(journal.claim(id, "host-a/1", LEASE)).as("nothing left to do").isFalse();
        assertThat(journal.claim(id, "host-b/2", LEASE)).isFalse();
    }

    @Test
    void aLeaseMustBePositive() {
        String id = journal.begin(unggah("A")).intentId();

        assertThatThrownBy(() -> journal.claim(id, "host-a/1", Duration.ZERO))
                .isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> journal.claim(id, "host-a/1", Duration.ofSeconds(-5)))
                .isExactlyInstanceOf(IllegalArgumentException.class);
        assertThat(journal.claim(id, "host-b/2", LEASE)).isTrue();
    }

    @Test
    void secretsAreRefusedBeforeAnythingIsRecorded() {
        Intent plain = new Intent(UNGGAH, "romantik", "A|2026", Map.of("file", "a.pdf"));
        assertThatThrownBy(() -> journal.begin(plain.withAttribute("Set-Cookie", "laravel_session=SECRET")))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Set-Cookie").hasMessageNotContaining("laravel_session=SECRET");
        assertThat(journal.entries()).isEmpty();

        String id = journal.begin(plain).intentId();
        assertThatThrownBy(() -> journal.confirm(id, Map.of("bearerToken", "eyJ-SECRET"), ""))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bearerToken").hasMessageNotContaining("eyJ-SECRET");

        reopen();
        JournalEntry entry = journal.find(id).orElseThrow();
        assertThat(entry.isOpen()).isTrue();
        assertThat(entry.outcome()).isEmpty();
        assertThat(journal.entries()).hasSize(1);
    }

    @Test
    void textIsKeptAsWritten() {
        Intent intent = Intent.of(UNGGAH, "romantik", Intent.naturalKey("Survei \"Kepuasan\" | Layanan", "2026",
                        "Dinas Kependudukan dan Pencatatan Sipil"))
                .withAttribute("judul", "Pendataan Keluarga Berisiko Stunting – tahap 2 ✓")
                .withAttribute("catatan", "baris satu\nbaris dua\t'kutip'");
        String id = journal.begin(intent).intentId();
        journal.complete(id, OutcomeStatus.UNKNOWN, Map.of("nomorSurat", "B-123/35090/PS.300/2026"),
                "ditolak:\n\"lampiran\" kurang");

        reopen();

        JournalEntry entry = journal.find(id).orElseThrow();
        assertThat(entry.intent()).isEqualTo(intent);
        assertThat(entry.outcome().orElseThrow().portalIds()).containsExactly(
                Map.entry("nomorSurat", "B-123/35090/PS.300/2026"));
        assertThat(entry.outcome().orElseThrow().detail()).isEqualTo("ditolak:\n\"lampiran\" kurang");
    }

    @Test
    void aLongDetailIsCutToItsMaximum() {
        String id = journal.begin(unggah("A")).intentId();
        journal.fail(id, "ab".repeat(Outcome.MAX_DETAIL));

        reopen();

        assertThat(journal.find(id).orElseThrow().outcome().orElseThrow().detail())
                .isEqualTo("ab".repeat(Outcome.MAX_DETAIL / 2));
    }

    @Test
    void aClosedJournalRefusesEveryCall() {
        String id = journal.begin(unggah("A")).intentId();
        journal.close();
        journal.close();

        assertThatThrownBy(() -> journal.begin(unggah("B"))).isExactlyInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> journal.recordAttempt(id)).isExactlyInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> journal.find(id)).isExactlyInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> journal.openIntents()).isExactlyInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> journal.claim(id, "host-a/1", LEASE))
                .isExactlyInstanceOf(IllegalStateException.class);
    }

    @Test
    void threadsRecordTheirOwnIntentsSideBySide() throws Exception {
        int threads = 6;
        int perThread = 4;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String worker = "w" + t;
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        String id = journal.begin(unggah(worker + "-" + i)).intentId();
                        journal.recordAttempt(id);
                        journal.confirm(id, Map.of("komitmenId", worker + "-" + i), "");
                        ids.add(id);
                    }
                    return ids;
                }));
            }
            List<String> ids = new ArrayList<>();
            for (Future<List<String>> result : results) {
                ids.addAll(result.get(50, TimeUnit.SECONDS));
            }

            reopen();
            assertThat(journal.entries()).hasSize(threads * perThread)
                    .extracting(JournalEntry::intentId).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(journal.entries()).allSatisfy(entry -> {
                assertThat(entry.attempts()).isEqualTo(1);
                assertThat(entry.outcome().orElseThrow().portalIds().get("komitmenId"))
                        .isEqualTo(entry.naturalKey().substring(0, entry.naturalKey().indexOf('|')));
            });
        } finally {
            pool.shutdownNow();
        }
    }
}
