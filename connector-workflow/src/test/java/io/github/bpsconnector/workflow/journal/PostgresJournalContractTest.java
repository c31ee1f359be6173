package io.github.bpsconnector.workflow.journal;

import io.github.bpsconnector.core.journal.Journal;
import java.sql.SQLException;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;

/** The journal contract against the JDBC journal on PostgreSQL; skipped unless BPS_TEST_POSTGRES_URL is set. */
class PostgresJournalContractTest extends JournalContract {

    private PostgresSchema schema;

    @Override
    Journal open(Clock clock) {
        if (schema == null) {
            schema = PostgresSchema.createOrSkip();
        }
        return schema.journal().clock(clock).build();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (schema != null) {
            schema.close();
        }
    }
}
