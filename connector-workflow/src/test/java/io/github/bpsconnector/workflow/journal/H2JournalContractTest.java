package io.github.bpsconnector.workflow.journal;

import io.github.bpsconnector.core.journal.Journal;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;

/** The journal contract against the JDBC journal in an H2 database file. */
class H2JournalContractTest extends JournalContract {

    @TempDir
    Path dir;

    @Override
    Journal open(Clock clock) {
        return JdbcJournal.h2(dir.resolve("journal"), clock);
    }
}
