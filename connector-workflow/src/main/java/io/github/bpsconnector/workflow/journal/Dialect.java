package io.github.bpsconnector.workflow.journal;

import io.github.bpsconnector.core.journal.JournalException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The databases the JDBC journal supports and the little SQL in which they differ: how a schema migration is
 * serialized between processes.
 */
enum Dialect {

    /** Embedded H2 2.x. DDL commits on its own, so migrations rely on idempotent statements alone. */
    H2 {
        @Override
        void lockForMigration(Connection connection) {
            // no lock: H2 runs each DDL statement in its own transaction, so none would hold across them
        }
    },

    /** PostgreSQL. DDL is transactional; a transaction-scoped advisory lock serializes migrations. */
    POSTGRESQL {
        @Override
        void lockForMigration(Connection connection) throws SQLException {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, MIGRATION_LOCK_KEY);
                lock.execute();
            }
        }
    };

    /** The advisory lock id of journal migrations ("bpsjrnl1" in ASCII). */
    static final long MIGRATION_LOCK_KEY = 0x62_70_73_6a_72_6e_6c_31L;

    /**
     * Serializes schema migrations: held by the current transaction of {@code connection} until it ends.
     */
    abstract void lockForMigration(Connection connection) throws SQLException;

    /**
     * The dialect of the database behind {@code connection}.
     *
     * @throws JournalException if it is neither H2 nor PostgreSQL
     */
    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        if ("H2".equalsIgnoreCase(product)) {
            return H2;
        }
        if ("PostgreSQL".equalsIgnoreCase(product)) {
            return POSTGRESQL;
        }
        throw new JournalException("the JDBC journal supports H2 and PostgreSQL, not " + product, null);
    }
}
