package io.github.bpsconnector.workflow.journal;

import io.github.bpsconnector.core.session.CredentialsProvider;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, empty schema in the PostgreSQL database that the environment names, dropped on {@link #close()}. The
 * tests that use it are skipped when {@code BPS_TEST_POSTGRES_URL} is not set; {@code eval "$(.ci/postgres.sh)"}
 * starts a throwaway server and sets it.
 */
final class PostgresSchema implements AutoCloseable {

    static final String URL_VARIABLE = "BPS_TEST_POSTGRES_URL";
    static final String USER_VARIABLE = "BPS_TEST_POSTGRES_USER";
    static final String PASSWORD_VARIABLE = "BPS_TEST_POSTGRES_PASSWORD";

    private final String url;
    private final String user;
    private final String password;
    private final String name;

    private PostgresSchema(String url, String user, String password, String name) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.name = name;
    }

    /** Creates a schema, or skips the calling test when no PostgreSQL is configured. */
    static PostgresSchema createOrSkip() {
        String url = System.getenv(URL_VARIABLE);
        Assumptions.assumeTrue(url != null && !url.isBlank(), () -> "PostgreSQL tests skipped: " + URL_VARIABLE
                + " (with " + USER_VARIABLE + ", " + PASSWORD_VARIABLE + ") is not set; eval \"$(.ci/postgres.sh)\" "
                + "starts a throwaway PostgreSQL and sets them");
        String user = System.getenv().getOrDefault(USER_VARIABLE, "");
        String password = System.getenv().getOrDefault(PASSWORD_VARIABLE, "");
        String name = "journal_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema in " + JdbcUrls.redact(url), e);
        }
        return new PostgresSchema(url, user, password, name);
    }

    /** The URL of the database with this schema as the current one. */
    String url() {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    /** A journal builder for this schema, with the environment's credentials. */
    JdbcJournal.Builder journal() {
        return JdbcJournal.builder(url(), CredentialsProvider.of(user, password.toCharArray()));
    }

    /** A connection to this schema, for looking at the tables directly. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + name + " CASCADE");
        }
    }
}
