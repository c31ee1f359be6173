package io.github.bpsconnector.workflow.journal;

import io.github.bpsconnector.core.session.Credentials;
import io.github.bpsconnector.core.session.CredentialsProvider;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that opens a new {@link DriverManager} connection to a JDBC URL for each call, with the user
 * and password that a {@link CredentialsProvider} gives at that moment (so a changed password is picked up). The
 * password is never kept: it is copied into the driver's properties for the call and cleared from the credentials.
 * No pooling: the journal makes few, short calls.
 */
final class CredentialsDataSource implements DataSource {

    private final String url;
    private final CredentialsProvider credentials;

    CredentialsDataSource(String url, CredentialsProvider credentials) {
        this.url = Objects.requireNonNull(url, "url");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        if (!url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("not a JDBC URL: " + JdbcUrls.redact(url));
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        try (Credentials account = credentials.get()) {
            return account.withPassword(password -> connect(account.username(), password));
        } catch (WrappedSqlException e) {
            throw e.getCause();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", password);
        return DriverManager.getConnection(url, properties);
    }

    private Connection connect(String username, char[] password) {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", new String(password)); // JDBC takes the password only as a String
        try {
            return DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw new WrappedSqlException(e);
        } finally {
            properties.clear();
        }
    }

    /** Carries a {@link SQLException} out of {@link Credentials#withPassword}. */
    private static final class WrappedSqlException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WrappedSqlException(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return DriverManager.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        throw new UnsupportedOperationException("set the log writer on DriverManager");
    }

    @Override
    public void setLoginTimeout(int seconds) {
        throw new UnsupportedOperationException("set the login timeout on DriverManager or in the URL");
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public String toString() {
        return "CredentialsDataSource[" + JdbcUrls.redact(url) + ", credentials from " + credentials.getClass()
                .getSimpleName() + "]";
    }
}
