package io.github.bpsconnector.workflow.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.core.journal.Intent;
import io.github.bpsconnector.core.journal.JournalEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Many journals on one database (each with its own connections, as separate processes would have) racing for the
 * same intent: exactly one wins each race. Subclasses give the database.
 */
abstract class JdbcJournalRaceContract {

    static final int RACERS = 8;
    static final Duration LEASE = Duration.ofMinutes(10);

    final TestClock clock = new TestClock(Instant.parse("2026-04-06T02:00:00Z"));
    private final List<JdbcJournal> journals = new ArrayList<>();
    private final List<JdbcJournal> racers = new ArrayList<>();

    /** A new journal on this test's database, which starts empty. */
    abstract JdbcJournal open();

    /** A connection to this test's database. */
    abstract Connection connect() throws SQLException;

    @AfterEach
    void closeJournals() {
        journals.forEach(JdbcJournal::close);
    }

    private JdbcJournal newJournal() {
        JdbcJournal journal = open();
        journals.add(journal);
        return journal;
    }

    /** What one racer got: a value or a failure. */
    record Result<T>(T value, Throwable failure) {
        boolean succeeded() {
            return failure == null;
        }
    }

    /**
     * Runs {@code action} in {@link #RACERS} threads released together, each on its own journal; the results are in
     * the order of the racers' numbers (0, 1, ...).
     */
    private <T> List<Result<T>> race(BiFunction<JdbcJournal, Integer, T> action) throws Exception {
        while (racers.size() < RACERS) {
            racers.add(newJournal());
        }
        return raceTo(racer -> action.apply(racers.get(racer), racer));
    }

    private static <T> List<Result<T>> raceTo(Function<Integer, T> action) throws Exception {
        CyclicBarrier start = new CyclicBarrier(RACERS);
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                int racer = i;
                Callable<T> task = () -> {
                    start.await(20, TimeUnit.SECONDS);
                    return action.apply(racer);
                };
                futures.add(pool.submit(task));
            }
            List<Result<T>> results = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    results.add(new Result<>(future.get(40, TimeUnit.SECONDS), null));
                } catch (ExecutionException e) {
                    results.add(new Result<>(null, e.getCause()));
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Intent kirim(String judul) {
        return Intent.of("romantik.pengajuan.kirim", "romantik", Intent.naturalKey(judul, "2026", "Bappeda"));
    }

    @Test
    void ofManyProcessesClaimingAnOpenIntentExactlyOneGetsIt() throws Exception {
        JdbcJournal owner = newJournal();
        for (int round = 0; round < 4; round++) {
            String id = owner.begin(kirim("Survei " + round)).intentId();

            List<Result<Boolean>> claims = race((journal, racer) -> journal.claim(id, "racer-" + racer, LEASE));

            assertThat(claims).allMatch(Result::succeeded);
            assertThat(claims).filteredOn(Result::value).hasSize(1);
            assertThat(claimant(id)).isEqualTo("racer-" + indexOfWinner(claims));
            assertThat(owner.claim(id, "latecomer", LEASE)).isFalse();
        }
    }

    private static int indexOfWinner(List<Result<Boolean>> claims) {
        for (int i = 0; i < claims.size(); i++) {
            if (claims.get(i).value()) {
                return i;
            }
        }
        throw new AssertionError("no winner");
    }

    private String claimant(String intentId) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT claimed_by FROM journal_intent WHERE intent_id = ?")) {
            select.setString(1, intentId);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    @Test
    void ofManyProcessesBeginningTheSameOperationExactlyOneRecordsAnIntent() throws Exception {
        List<Result<JournalEntry>> begins = race((journal, racer) -> journal.begin(kirim("Sakernas")));

        List<Result<JournalEntry>> won = begins.stream().filter(Result::succeeded).toList();
        assertThat(won).hasSize(1);
        String winner = won.get(0).value().intentId();
        assertThat(begins).filteredOn(result -> !result.succeeded()).hasSize(RACERS - 1)
                .allSatisfy(result -> assertThat(result.failure())
                        .isExactlyInstanceOf(OpenIntentExistsException.class)
                        .extracting(e -> ((OpenIntentExistsException) e).openIntentId()).isEqualTo(winner));
        assertThat(newJournal().entries()).extracting(JournalEntry::intentId).containsExactly(winner);
        assertThat(count("SELECT COUNT(*) FROM journal_event WHERE event_type = 'BEGIN'")).isEqualTo(1);
    }

    @Test
    void ofManyProcessesEndingOneIntentExactlyOneOutcomeIsRecorded() throws Exception {
        String id = newJournal().begin(kirim("Susenas")).intentId();

        List<Result<JournalEntry>> outcomes = race((journal, racer) -> journal.confirm(id,
                Map.of("pengajuanId", "P-" + racer), "found"));

        List<Result<JournalEntry>> won = outcomes.stream().filter(Result::succeeded).toList();
        assertThat(won).hasSize(1);
        assertThat(outcomes).filteredOn(result -> !result.succeeded())
                .allSatisfy(result -> assertThat(result.failure()).isExactlyInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("already CONFIRMED"));
        assertThat(newJournal().find(id).orElseThrow().outcome()).isEqualTo(won.get(0).value().outcome());
        assertThat(count("SELECT COUNT(*) FROM journal_event WHERE event_type = 'OUTCOME'")).isEqualTo(1);
    }

    @Test
    void journalsStartedAtOnceOnAnEmptyDatabaseMigrateItOnce() throws Exception {
        List<Result<JdbcJournal>> started = raceTo(racer -> open());
        started.stream().filter(Result::succeeded).forEach(result -> journals.add(result.value()));

        assertThat(started).allSatisfy(result -> assertThat(result.failure()).isNull());
        assertThat(count("SELECT COUNT(*) FROM journal_schema_version")).isEqualTo(1);
        assertThat(count("SELECT version FROM journal_schema_version")).isEqualTo(JournalSchema.LATEST);
        String id = journals.get(0).begin(kirim("Podes")).intentId();
        assertThat(journals.get(RACERS - 1).find(id)).isPresent();
    }

    long count(String sql) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement select = connection.prepareStatement(sql);
                ResultSet row = select.executeQuery()) {
            assertThat(row.next()).isTrue();
            return row.getLong(1);
        }
    }
}
