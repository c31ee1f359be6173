package io.github.bpsconnector.workflow.journal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;

/** The races on one H2 database file. */
class H2JournalRaceTest extends JdbcJournalRaceContract {

    @TempDir
    Path dir;

    @Override
    JdbcJournal open() {
        return JdbcJournal.h2(dir.resolve("journal"), clock);
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(JdbcJournal.h2Url(dir.resolve("journal")), "sa", "");
    }
}
