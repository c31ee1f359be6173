package io.github.bpsconnector.workflow.journal;

import io.github.bpsconnector.core.journal.JournalException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The journal's database: a connection from the {@link DataSource} for each operation, closed after it (pool in the
 * data source if connections are expensive), either in one transaction or in auto-commit. SQL failures become
 * {@link JournalException}s that name the database by its redacted URL.
 */
final class Database {

    /** Work done with a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final Dialect dialect;
    private final String description;

    private Database(DataSource dataSource, Dialect dialect, String description) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.description = description;
    }

    /**
     * Connects once to learn which database it is.
     *
     * @throws JournalException if it cannot connect or the database is not supported
     */
    static Database connect(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            Dialect dialect = Dialect.of(connection);
            return new Database(dataSource, dialect, JdbcUrls.redact(metaData.getURL()));
        } catch (SQLException e) {
            throw new JournalException("cannot connect to the journal database: " + e.getMessage(), e);
        }
    }

    Dialect dialect() {
        return dialect;
    }

    /** The database's JDBC URL without user information and parameters. */
    String description() {
        return description;
    }

    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws.
     *
     * @param what what the work does, for the message of a failure, e.g. {@code "record an attempt"}
     * @throws JournalException if the database fails; runtime exceptions of {@code work} pass unchanged
     */
    <T> T inTransaction(String what, Work<T> work) {
        return withConnection(what, connection -> {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            }
        });
    }

    /** Runs {@code work} on a connection in auto-commit mode (one statement, one transaction). */
    <T> T autoCommit(String what, Work<T> work) {
        return withConnection(what, connection -> {
            connection.setAutoCommit(true);
            return work.run(connection);
        });
    }

    private <T> T withConnection(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new JournalException("cannot " + what + " in journal " + description + ": " + e.getMessage(), e);
        }
    }

    private static void rollback(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e); // the connection is closed next; the database then discards the transaction
        }
    }

    /** Whether {@code failure} (or its cause) is a unique-constraint violation (SQLSTATE 23505, H2 and PostgreSQL). */
    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException && "23505".equals(((SQLException) t).getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return description + " (" + dialect + ")";
    }
}
