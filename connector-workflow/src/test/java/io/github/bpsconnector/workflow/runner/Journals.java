package io.github.bpsconnector.workflow.runner;

import io.github.bpsconnector.core.journal.FileJournal;
import io.github.bpsconnector.core.journal.Journal;
import io.github.bpsconnector.testkit.SimClock;
import io.github.bpsconnector.workflow.journal.JdbcJournal;
import java.nio.file.Path;
import java.util.function.BiFunction;

/** The journals a simulated SOP run is tested on: the file journal and the JDBC journal on embedded H2. */
enum Journals implements BiFunction<Path, SimClock, Journal> {
    FILE {
        @Override
        public Journal apply(Path path, SimClock clock) {
            return FileJournal.open(path.resolveSibling(path.getFileName() + ".jsonl"), clock.asClock());
        }
    },
    H2 {
        @Override
        public Journal apply(Path path, SimClock clock) {
            return JdbcJournal.h2(path, clock.asClock());
        }
    }
}
