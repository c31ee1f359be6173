package io.github.bpsconnector.workflow.journal;

import io.github.bpsconnector.core.journal.Intent;
import io.github.bpsconnector.core.journal.Journal;
import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.core.journal.JournalException;
import io.github.bpsconnector.core.journal.Outcome;
import io.github.bpsconnector.core.journal.OutcomeStatus;
import io.github.bpsconnector.core.session.CredentialsProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Journal} in a database, which several processes may share: embedded H2 ({@link #h2(Path)}) or
 * PostgreSQL ({@link #builder(String, CredentialsProvider)}, {@link #builder(DataSource)}). The tables are created
 * or upgraded when the journal is built, from the SQL files shipped with this class.
 *
 * <ul>
 *   <li><b>Atomic</b>: each event updates the intent's row and appends to its history ({@code journal_event}) in
 *       one transaction, committed before the call returns.</li>
 *   <li><b>One open intent per operation and natural key</b>: {@link #begin} refuses a second one with an
 *       {@link OpenIntentExistsException}, across processes (a unique key on the open intents).</li>
 *   <li><b>One claimant per intent</b>: {@link #claim} is a single conditional {@code UPDATE}, so of several
 *       processes racing for an open intent exactly one gets it.</li>
 * </ul>
 *
 * <p>Each call takes a connection from the data source and closes it; pool it in the data source if connections
 * are expensive. Times come from the injectable clock (kept to the microsecond, what PostgreSQL stores); processes
 * sharing a journal need clocks in step for leases to mean the same to each. Thread-safe. {@link #toString()} shows
 * the database's URL without its parameters or user information, never a password.
 */
public final class JdbcJournal implements Journal {

    /** The longest operation name stored. */
    public static final int MAX_OPERATION = 200;
    /** The longest portal name stored. */
    public static final int MAX_PORTAL = 100;
    /** The longest natural key stored. */
    public static final int MAX_NATURAL_KEY = 4000;
    /** The longest claimant stored. */
    public static final int MAX_CLAIMANT = 200;
    /** The longest attributes or portal ids stored, as JSON. */
    public static final int MAX_MAP_JSON = 100_000;

    private static final Logger LOG = LoggerFactory.getLogger(JdbcJournal.class);
    private static final int BEGIN_TRIES = 3;

    private final Database database;
    private final Clock clock;
    private final AutoCloseable keepOpen;
    private volatile boolean closed;

    private JdbcJournal(Database database, Clock clock, AutoCloseable keepOpen) {
        this.database = database;
        this.clock = clock;
        this.keepOpen = keepOpen;
    }

    /** An H2 journal in {@code file} on the system clock; see {@link #h2(Path, Clock)}. */
    public static JdbcJournal h2(Path file) {
        return h2(file, Clock.systemUTC());
    }

    /**
     * A journal in the embedded H2 database {@code file} ({@code .mv.db} is added unless given), created if absent.
     * Several processes on this machine may open the same file at once: the first opens it in-process and serves it
     * to the others over TCP (H2's automatic mixed mode, {@code AUTO_SERVER=TRUE}). That port listens on every
     * interface unless the JVM runs with {@code -Dh2.bindAddress=127.0.0.1}, which keeps it on loopback. Every
     * commit is written to the file at once ({@code WRITE_DELAY=0}), so a recorded event survives the process being
     * killed.
     *
     * @throws IllegalArgumentException if the path contains {@code ;}
     * @throws JournalException         if the database cannot be opened or migrated
     */
    public static JdbcJournal h2(Path file, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        String url = h2Url(file);
        Path folder = file.toAbsolutePath().normalize().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new JournalException("cannot create the folder of journal " + file, e);
        }
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        dataSource.setPassword("");
        Connection keepOpen;
        try {
            // H2 closes a database with its last connection; this one keeps it open (and served) while in use
            keepOpen = dataSource.getConnection();
        } catch (SQLException e) {
            throw new JournalException("cannot open journal " + file + ": " + e.getMessage(), e);
        }
        try {
            return new Builder(dataSource).clock(clock).build(keepOpen);
        } catch (RuntimeException e) {
            closeQuietly(keepOpen);
            throw e;
        }
    }

    /** The JDBC URL of the H2 journal in {@code file}: a file database in automatic mixed mode, written at once. */
    static String h2Url(Path file) {
        String name = file.toAbsolutePath().normalize().toString();
        if (name.endsWith(".mv.db")) {
            name = name.substring(0, name.length() - ".mv.db".length());
        }
        if (name.contains(";")) {
            throw new IllegalArgumentException("an H2 journal path must not contain ';': " + file);
        }
        return "jdbc:h2:file:" + name + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }

    /** A journal in the database of {@code dataSource} (H2 or PostgreSQL); set the clock, then {@code build()}. */
    public static Builder builder(DataSource dataSource) {
        return new Builder(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /**
     * A journal in the database at {@code jdbcUrl}, e.g. {@code jdbc:postgresql://db:5432/bps}, connecting with the
     * user and password {@code credentials} give at each connection (the driver must be on the class path; for
     * PostgreSQL, {@code org.postgresql:postgresql}).
     *
     * @throws IllegalArgumentException if {@code jdbcUrl} does not start with {@code jdbc:}
     */
    public static Builder builder(String jdbcUrl, CredentialsProvider credentials) {
        return new Builder(new CredentialsDataSource(jdbcUrl, credentials));
    }

    /** Builds a {@link JdbcJournal}. */
    public static final class Builder {

        private final DataSource dataSource;
        private Clock clock = Clock.systemUTC();

        private Builder(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        /** The clock that stamps events and times claims; default the system clock (UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Connects, creates or upgrades the tables, and returns the journal.
         *
         * @throws JournalException if the database cannot be reached, is neither H2 nor PostgreSQL, or has a newer
         *                          schema than this library
         */
        public JdbcJournal build() {
            return build(null);
        }

        private JdbcJournal build(AutoCloseable keepOpen) {
            Database database = Database.connect(dataSource);
            JournalSchema.migrate(database, clock);
            LOG.debug("Opened journal {}", database);
            return new JdbcJournal(database, clock, keepOpen);
        }
    }

    @Override
    public JournalEntry begin(Intent intent) {
        Objects.requireNonNull(intent, "intent");
        ensureOpen();
        requireLength(intent.operation(), MAX_OPERATION, "operation");
        requireLength(intent.portal(), MAX_PORTAL, "portal");
        requireLength(intent.naturalKey(), MAX_NATURAL_KEY, "naturalKey");
        String attributes = requireLength(IntentRows.toJson(intent.attributes()), MAX_MAP_JSON, "attributes");
        String keyHash = IntentRows.keyHash(intent.operation(), intent.naturalKey());
        for (int attempt = 1; ; attempt++) {
            String intentId = UUID.randomUUID().toString();
            Instant now = now();
            try {
                database.inTransaction("record an intent", connection -> {
                    insertIntent(connection, intentId, intent, keyHash, attributes, now);
                    insertEvent(connection, intentId, "BEGIN", now, null);
                    return null;
                });
                return JournalEntry.of(intentId, intent, now, 0, null, null);
            } catch (JournalException e) {
                if (!Database.isUniqueViolation(e)) {
                    throw e;
                }
                Optional<String> open = openIntentId(keyHash);
                if (open.isPresent()) {
                    throw new OpenIntentExistsException(intent.operation(), intent.naturalKey(), open.get());
                }
                if (attempt == BEGIN_TRIES) {
                    throw e;
                }
                // the open intent that was in the way has just ended (or its transaction rolled back): try again
            }
        }
    }

    private static void insertIntent(Connection connection, String intentId, Intent intent, String keyHash,
            String attributes, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO journal_intent (intent_id, "
                + "operation, portal, natural_key, key_hash, open_key, attributes, started_at, attempts) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            insert.setString(1, intentId);
            insert.setString(2, intent.operation());
            insert.setString(3, intent.portal());
            insert.setString(4, intent.naturalKey());
            insert.setString(5, keyHash);
            insert.setString(6, keyHash);
            insert.setString(7, attributes);
            IntentRows.setInstant(insert, 8, now);
            insert.executeUpdate();
        }
    }

    private static void insertEvent(Connection connection, String intentId, String type, Instant at,
            Outcome outcome) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO journal_event (intent_id, "
                + "event_type, event_at, outcome_status, portal_ids, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, intentId);
            insert.setString(2, type);
            IntentRows.setInstant(insert, 3, at);
            insert.setString(4, outcome == null ? null : outcome.status().name());
            insert.setString(5, outcome == null ? null : IntentRows.toJson(outcome.portalIds()));
            insert.setString(6, outcome == null ? null : outcome.detail());
            insert.executeUpdate();
        }
    }

    private Optional<String> openIntentId(String keyHash) {
        return database.autoCommit("look for an open intent", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT intent_id FROM journal_intent WHERE open_key = ?")) {
                select.setString(1, keyHash);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public JournalEntry recordAttempt(String intentId) {
        Objects.requireNonNull(intentId, "intentId");
        ensureOpen();
        Instant now = now();
        return database.inTransaction("record an attempt", connection -> {
            JournalEntry entry = lockOpenIntent(connection, intentId);
            try (PreparedStatement update = connection.prepareStatement("UPDATE journal_intent "
                    + "SET attempts = attempts + 1, last_attempt_at = ? WHERE intent_id = ?")) {
                IntentRows.setInstant(update, 1, now);
                update.setString(2, intentId);
                update.executeUpdate();
            }
            insertEvent(connection, intentId, "ATTEMPT", now, null);
            return JournalEntry.of(intentId, entry.intent(), entry.startedAt(), entry.attempts() + 1, now,
                    entry.outcome().orElse(null));
        });
    }

    @Override
    public JournalEntry complete(String intentId, OutcomeStatus status, Map<String, String> portalIds,
            String detail) {
        Objects.requireNonNull(intentId, "intentId");
        ensureOpen();
        Outcome outcome = new Outcome(status, portalIds, detail, now()); // refuses secret keys before any write
        String ids = requireLength(IntentRows.toJson(outcome.portalIds()), MAX_MAP_JSON, "portalIds");
        return database.inTransaction("record an outcome", connection -> {
            JournalEntry entry = lockOpenIntent(connection, intentId);
            // a final outcome closes the intent: it leaves the open key (a new intent may begin) and its claim ends
            String ending = status.isFinal() ? ", open_key = NULL, claimed_by = NULL, claim_expires_at = NULL" : "";
            try (PreparedStatement update = connection.prepareStatement("UPDATE journal_intent SET "
                    + "outcome_status = ?, portal_ids = ?, outcome_detail = ?, outcome_at = ?" + ending
                    + " WHERE intent_id = ?")) {
                update.setString(1, status.name());
                update.setString(2, ids);
                update.setString(3, outcome.detail());
                IntentRows.setInstant(update, 4, outcome.endedAt());
                update.setString(5, intentId);
                update.executeUpdate();
            }
            insertEvent(connection, intentId, "OUTCOME", outcome.endedAt(), outcome);
            return JournalEntry.of(intentId, entry.intent(), entry.startedAt(), entry.attempts(),
                    entry.lastAttemptAt().orElse(null), outcome);
        });
    }

    /**
     * Locks the row of an open intent until the transaction ends, so that events on one intent follow each other.
     *
     * @throws IllegalArgumentException if there is no such intent
     * @throws IllegalStateException    if it already has a final outcome
     */
    private static JournalEntry lockOpenIntent(Connection connection, String intentId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + IntentRows.COLUMNS + " FROM journal_intent WHERE intent_id = ? FOR UPDATE")) {
            select.setString(1, intentId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalArgumentException("no intent with id " + intentId);
                }
                JournalEntry entry = IntentRows.read(rows);
                if (!entry.isOpen()) {
                    throw new IllegalStateException("intent " + intentId + " is already "
                            + entry.outcome().orElseThrow().status());
                }
                return entry;
            }
        }
    }

    @Override
    public Optional<JournalEntry> find(String intentId) {
        Objects.requireNonNull(intentId, "intentId");
        return query("find an intent", "WHERE intent_id = ?", intentId).stream().findFirst();
    }

    @Override
    public List<JournalEntry> openIntents() {
        return query("list open intents", "WHERE open_key IS NOT NULL ORDER BY seq");
    }

    @Override
    public Optional<JournalEntry> latest(String operation, String naturalKey) {
        return query("find the latest intent", "WHERE key_hash = ? AND operation = ? AND natural_key = ? "
                + "ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY",
                IntentRows.keyHash(operation, naturalKey), operation, naturalKey).stream().findFirst();
    }

    @Override
    public List<JournalEntry> entries() {
        return query("list intents", "ORDER BY seq");
    }

    private List<JournalEntry> query(String what, String condition, String... parameters) {
        ensureOpen();
        return database.autoCommit(what, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + IntentRows.COLUMNS + " FROM journal_intent " + condition)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setString(i + 1, parameters[i]);
                }
                List<JournalEntry> entries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(IntentRows.read(rows));
                    }
                }
                return entries;
            }
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>One conditional {@code UPDATE}: it sets the claimant and the lease's end only if the intent is open and
     * unclaimed, claimed by {@code claimant}, or its lease has ended, so concurrent claims from any number of
     * processes leave exactly one winner.
     */
    @Override
    public boolean claim(String intentId, String claimant, Duration lease) {
        Objects.requireNonNull(intentId, "intentId");
        requireLength(Objects.requireNonNull(claimant, "claimant"), MAX_CLAIMANT, "claimant");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive: " + lease);
        }
        ensureOpen();
        Instant now = now();
        int claimed = database.autoCommit("claim an intent", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE journal_intent "
                    + "SET claimed_by = ?, claim_expires_at = ? WHERE intent_id = ? AND open_key IS NOT NULL "
                    + "AND (claimed_by IS NULL OR claimed_by = ? OR claim_expires_at <= ?)")) {
                update.setString(1, claimant);
                IntentRows.setInstant(update, 2, now.plus(lease));
                update.setString(3, intentId);
                update.setString(4, claimant);
                IntentRows.setInstant(update, 5, now);
                return update.executeUpdate();
            }
        });
        if (claimed == 1) {
            return true;
        }
        if (find(intentId).isEmpty()) {
            throw new IllegalArgumentException("no intent with id " + intentId);
        }
        return false;
    }

    @Override
    public void release(String intentId, String claimant) {
        Objects.requireNonNull(intentId, "intentId");
        Objects.requireNonNull(claimant, "claimant");
        ensureOpen();
        database.autoCommit("release a claim", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE journal_intent "
                    + "SET claimed_by = NULL, claim_expires_at = NULL WHERE intent_id = ? AND claimed_by = ?")) {
                update.setString(1, intentId);
                update.setString(2, claimant);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (keepOpen != null) {
            closeQuietly(keepOpen);
        }
        LOG.debug("Closed journal {}", database);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("journal " + database.description() + " is closed");
        }
    }

    private static String requireLength(String value, int max, String field) {
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " is " + value.length() + " characters long; the JDBC "
                    + "journal stores at most " + max);
        }
        return value;
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            LOG.warn("Could not close the journal's database connection: {}", e.toString());
        }
    }

    @Override
    public String toString() {
        return "JdbcJournal[" + database + (closed ? ", closed" : "") + "]";
    }
}
