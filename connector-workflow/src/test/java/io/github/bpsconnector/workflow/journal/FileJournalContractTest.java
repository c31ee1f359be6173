package io.github.bpsconnector.workflow.journal;

import io.github.bpsconnector.core.journal.FileJournal;
import io.github.bpsconnector.core.journal.Journal;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;

/** The journal contract against the reference implementation, the file journal of connector-core. */
class FileJournalContractTest extends JournalContract {

    @TempDir
    Path dir;

    @Override
    Journal open(Clock clock) {
        return FileJournal.open(dir.resolve("journal.jsonl"), clock);
    }
}
