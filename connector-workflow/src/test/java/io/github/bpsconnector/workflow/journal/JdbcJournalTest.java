package io.github.bpsconnector.workflow.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpsconnector.core.journal.Intent;
import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.core.journal.JournalException;
import io.github.bpsconnector.core.session.CredentialsProvider;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the JDBC journal does beyond the journal contract, on H2. */
class JdbcJournalTest {

    private static final Instant T0 = Instant.parse("2026-04-06T02:00:00Z");
    private static final String KIRIM = "indah.mskeg.kirim";

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(T0);

    private Path file() {
        return dir.resolve("journal");
    }

    private JdbcJournal open() {
        return JdbcJournal.h2(file(), clock);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(JdbcJournal.h2Url(file()), "sa", "");
    }

    private static Intent mskeg(String judul) {
        return Intent.of(KIRIM, "indah", Intent.naturalKey(judul, "2026"));
    }

    @Test
    void aSecondOpenIntentOfAnOperationAndKeyIsRefusedUntilTheFirstIsFinal() {
        try (JdbcJournal journal = open()) {
            String first = journal.begin(mskeg("Survei Harga")).intentId();

            assertThatThrownBy(() -> journal.begin(mskeg("Survei Harga")))
                    .isExactlyInstanceOf(OpenIntentExistsException.class)
                    .hasMessageContaining(first)
                    .satisfies(e -> {
                        OpenIntentExistsException refused = (OpenIntentExistsException) e;
                        assertThat(refused.openIntentId()).isEqualTo(first);
                        assertThat(refused.operation()).isEqualTo(KIRIM);
                        assertThat(refused.naturalKey()).isEqualTo("Survei Harga|2026");
                    });
            journal.markUnknown(first, "gateway timeout");
            assertThatThrownBy(() -> journal.begin(mskeg("Survei Harga")))
                    .as("an unknown outcome leaves it open").isExactlyInstanceOf(OpenIntentExistsException.class);
            assertThat(journal.begin(Intent.of("indah.msvar.kirim", "indah", "Survei Harga|2026")).isOpen())
                    .as("another operation on the same key").isTrue();

            journal.confirm(first, Map.of("idKegiatan", "4411"), "");
            String second = journal.begin(mskeg("Survei Harga")).intentId();

            assertThat(journal.latest(KIRIM, "Survei Harga|2026")).map(JournalEntry::intentId).contains(second);
            assertThat(journal.entries()).hasSize(3);
        }
    }

    @Test
    void everyEventIsKeptInTheHistoryTable() throws SQLException {
        String id;
        try (JdbcJournal journal = open()) {
            id = journal.begin(mskeg("Survei Harga")).intentId();
            clock.advance(Duration.ofSeconds(1));
            journal.recordAttempt(id);
            clock.advance(Duration.ofSeconds(1));
            journal.markUnknown(id, "read timeout");
            clock.advance(Duration.ofSeconds(1));
            journal.recordAttempt(id);
            clock.advance(Duration.ofSeconds(1));
            journal.confirm(id, Map.of("idKegiatan", "4411"), "found by its title");
        }

        List<String> events = new ArrayList<>();
        try (Connection connection = connect();
                PreparedStatement select = connection.prepareStatement("SELECT event_type, event_at, "
                        + "outcome_status, portal_ids, detail FROM journal_event WHERE intent_id = ? ORDER BY seq")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(rows.getString(1) + " " + IntentRows.instant(rows, "event_at") + " "
                            + rows.getString(3) + " " + rows.getString(4) + " " + rows.getString(5));
                }
            }
        }
        assertThat(events).containsExactly(
                "BEGIN 2026-04-06T02:00:00Z null null null",
                "ATTEMPT 2026-04-06T02:00:01Z null null null",
                "OUTCOME 2026-04-06T02:00:02Z UNKNOWN {} read timeout",
                "ATTEMPT 2026-04-06T02:00:03Z null null null",
                "OUTCOME 2026-04-06T02:00:04Z CONFIRMED {\"idKegiatan\":\"4411\"} found by its title");
    }

    @Test
    void theSchemaIsCreatedOnceAndOpeningAgainLeavesIt() throws SQLException {
        open().close();
        clock.advance(Duration.ofDays(1));
        try (JdbcJournal journal = open()) {
            journal.begin(mskeg("A"));
        }
        open().close();

        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT version, description, applied_at FROM journal_schema_version")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt("version")).isEqualTo(1);
            assertThat(rows.getString("description")).isEqualTo("journal");
            assertThat(IntentRows.instant(rows, "applied_at")).isEqualTo(T0);
            assertThat(rows.next()).isFalse();
        }
        try (JdbcJournal journal = open()) {
            assertThat(journal.entries()).hasSize(1);
        }
    }

    @Test
    void aSchemaNewerThanThisLibraryIsRefused() throws SQLException {
        open().close();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO journal_schema_version VALUES (2, 'future', CURRENT_TIMESTAMP)");
        }

        assertThatThrownBy(this::open).isExactlyInstanceOf(JournalException.class)
                .hasMessageContaining("version 2").hasMessageContaining("newer bps-connector");
    }

    @Test
    void theMigrationIsReadAsSeparateStatementsWithoutComments() {
        List<String> statements = JournalSchema.MIGRATIONS.get(0).statements();

        assertThat(statements).hasSize(4).allSatisfy(sql -> assertThat(sql).startsWith("CREATE ")
                .doesNotContain("--").doesNotEndWith(";"));
        assertThat(statements.get(0)).contains("journal_intent").contains("open_key");
    }

    @Test
    void timesAreKeptToTheMicrosecond() {
        clock.advance(Duration.ofNanos(123_456_789));
        String id;
        try (JdbcJournal journal = open()) {
            JournalEntry begun = journal.begin(mskeg("A"));
            id = begun.intentId();
            assertThat(begun.startedAt()).isEqualTo(T0.plusNanos(123_456_000));
        }
        try (JdbcJournal journal = open()) {
            assertThat(journal.find(id).orElseThrow().startedAt()).isEqualTo(T0.plusNanos(123_456_000));
        }
    }

    @Test
    void textLongerThanItsColumnIsRefusedNamingTheField() {
        try (JdbcJournal journal = open()) {
            assertThatThrownBy(() -> journal.begin(mskeg("x".repeat(JdbcJournal.MAX_NATURAL_KEY))))
                    .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("naturalKey");
            String id = journal.begin(mskeg("A")).intentId();
            assertThatThrownBy(() -> journal.claim(id, "c".repeat(JdbcJournal.MAX_CLAIMANT + 1), Duration.ofMinutes(1)))
                    .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("claimant");
            assertThat(journal.entries()).hasSize(1);
        }
    }

    @Test
    void aRowThatIsNotAValidEntryIsReportedNamingTheIntent() throws SQLException {
        String id;
        try (JdbcJournal journal = open()) {
            id = journal.begin(mskeg("A")).intentId();
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE journal_intent SET attributes = '[1, 2]'");
        }

        try (JdbcJournal journal = open()) {
            assertThatThrownBy(journal::entries).isExactlyInstanceOf(JournalException.class)
                    .hasMessageContaining(id).hasMessageContaining("not a valid entry");
        }
    }

    @Test
    void aPasswordFromTheCredentialsReachesTheDatabaseButNoMessage() throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("secured").toAbsolutePath();
        DriverManager.getConnection(url, "walidata", "pw-SECRET-1").close(); // H2 creates it with this account

        try (JdbcJournal journal = JdbcJournal.builder(url + ";AUTO_SERVER=TRUE",
                CredentialsProvider.of("walidata", "pw-SECRET-1".toCharArray())).clock(clock).build()) {
            journal.begin(mskeg("A"));
            assertThat(journal.toString()).isEqualTo("JdbcJournal[" + url + " (H2)]").doesNotContain("SECRET");
        }
        assertThatThrownBy(() -> JdbcJournal.builder(url, CredentialsProvider.of("walidata",
                "wrong-SECRET-2".toCharArray())).build())
                .isExactlyInstanceOf(JournalException.class)
                .hasMessageContaining("cannot connect").hasMessageNotContaining("SECRET");
    }

    @Test
    void aUrlThatIsNotJdbcIsRefusedWithoutShowingItsParameters() {
        assertThatThrownBy(() -> JdbcJournal.builder("postgresql://db/bps?password=pw-SECRET",
                CredentialsProvider.of("walidata", "pw".toCharArray())))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("postgresql://db/bps").hasMessageNotContaining("SECRET");
    }

    @Test
    void theH2FileMayBeNamedWithOrWithoutItsExtension() {
        try (JdbcJournal journal = open()) {
            journal.begin(mskeg("A"));
        }
        try (JdbcJournal journal = JdbcJournal.h2(dir.resolve("journal.mv.db"), clock)) {
            assertThat(journal.entries()).hasSize(1);
        }
        assertThatThrownBy(() -> JdbcJournal.h2(dir.resolve("a;b"), clock))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("';'");
    }
}
