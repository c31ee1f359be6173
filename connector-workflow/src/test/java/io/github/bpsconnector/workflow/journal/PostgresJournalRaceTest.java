package io.github.bpsconnector.workflow.journal;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The races on PostgreSQL; skipped unless BPS_TEST_POSTGRES_URL is set. */
class PostgresJournalRaceTest extends JdbcJournalRaceContract {

    private PostgresSchema schema;

    @BeforeEach
    void createSchema() {
        schema = PostgresSchema.createOrSkip();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (schema != null) {
            schema.close();
        }
    }

    @Override
    JdbcJournal open() {
        return schema.journal().clock(clock).build();
    }

    @Override
    Connection connect() throws SQLException {
        return schema.connect();
    }
}
