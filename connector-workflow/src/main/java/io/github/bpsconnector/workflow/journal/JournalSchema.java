package io.github.bpsconnector.workflow.journal;

import io.github.bpsconnector.core.journal.JournalException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and upgrades the journal's tables from the versioned SQL files shipped beside this class
 * ({@code migration/V<n>__<name>.sql}), recording each applied version in {@code journal_schema_version}.
 *
 * <p>Safe when several processes start at once: each migration runs in a transaction that inserts its version row
 * (a primary key, so it is recorded once); on PostgreSQL an advisory lock also serializes the whole migration and
 * DDL is transactional, so a migration is all or nothing. H2 commits DDL statement by statement, so every statement
 * of a migration file must be idempotent ({@code IF NOT EXISTS}); a migration that lost the race is retried and
 * then finds its version recorded.
 */
final class JournalSchema {

    /** One versioned SQL file. */
    record Migration(int version, String description) {

        String resource() {
            return "migration/V" + version + "__" + description + ".sql";
        }

        /** The statements of the file: comment lines dropped, split at a {@code ;} that ends a line. */
        List<String> statements() {
            String sql;
            try (InputStream in = JournalSchema.class.getResourceAsStream(resource())) {
                if (in == null) {
                    throw new IllegalStateException("missing migration resource " + resource());
                }
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read migration " + resource(), e);
            }
            StringBuilder withoutComments = new StringBuilder();
            sql.lines().filter(line -> !line.strip().startsWith("--"))
                    .forEach(line -> withoutComments.append(line).append('\n'));
            List<String> statements = new ArrayList<>();
            for (String statement : STATEMENT_END.split(withoutComments)) {
                if (!statement.isBlank()) {
                    statements.add(statement.strip());
                }
            }
            return statements;
        }
    }

    /** Every migration, oldest first. */
    static final List<Migration> MIGRATIONS = List.of(new Migration(1, "journal"));

    /** The version this library writes and reads. */
    static final int LATEST = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

    static final String VERSION_TABLE = "journal_schema_version";

    private static final Pattern STATEMENT_END = Pattern.compile(";[ \\t]*(\\R|$)");
    private static final int TRIES = 3;
    private static final Logger LOG = LoggerFactory.getLogger(JournalSchema.class);

    private JournalSchema() {
    }

    /**
     * Brings the schema to {@link #LATEST}.
     *
     * @throws JournalException if the database fails, or its schema is newer than this library
     */
    static void migrate(Database database, Clock clock) {
        for (int attempt = 1; ; attempt++) {
            try {
                List<Migration> applied = database.inTransaction("migrate the schema",
                        connection -> migrate(connection, database.dialect(), clock));
                applied.forEach(migration -> LOG.info("Journal schema of {}: applied migration {} ({})",
                        database.description(), migration.version(), migration.description()));
                return;
            } catch (JournalException e) {
                if (attempt == TRIES || e.getCause() == null) {
                    throw e;
                }
                // another process migrated at the same moment (H2: duplicate version row or object); look again
                LOG.debug("Journal schema migration raced another process, trying again: {}", e.getMessage());
            }
        }
    }

    /** Applies the missing migrations and returns them. */
    private static List<Migration> migrate(Connection connection, Dialect dialect, Clock clock)
            throws SQLException {
        dialect.lockForMigration(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + VERSION_TABLE + " ("
                    + "version INTEGER NOT NULL PRIMARY KEY, "
                    + "description VARCHAR(200) NOT NULL, "
                    + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        Set<Integer> applied = appliedVersions(connection);
        int newest = applied.stream().mapToInt(Integer::intValue).max().orElse(0);
        if (newest > LATEST) {
            throw new JournalException("the journal schema is at version " + newest + ", newer than this library's "
                    + LATEST + "; use a newer bps-connector", null);
        }
        List<Migration> missing = MIGRATIONS.stream().filter(m -> !applied.contains(m.version())).toList();
        for (Migration migration : missing) {
            apply(connection, migration, clock);
        }
        return missing;
    }

    private static Set<Integer> appliedVersions(Connection connection) throws SQLException {
        Set<Integer> versions = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version FROM " + VERSION_TABLE)) {
            while (rows.next()) {
                versions.add(rows.getInt(1));
            }
        }
        return versions;
    }

    private static void apply(Connection connection, Migration migration, Clock clock) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : migration.statements()) {
                statement.execute(sql);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + VERSION_TABLE + " (version, description, applied_at) VALUES (?, ?, ?)")) {
            insert.setInt(1, migration.version());
            insert.setString(2, migration.description());
            IntentRows.setInstant(insert, 3, clock.instant());
            insert.executeUpdate();
        }
    }
}
