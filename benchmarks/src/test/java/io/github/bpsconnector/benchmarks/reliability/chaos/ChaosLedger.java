package io.github.bpsconnector.benchmarks.reliability.chaos;

import io.github.bpsconnector.core.journal.FileJournal;
import io.github.bpsconnector.core.journal.Intent;
import io.github.bpsconnector.core.journal.JournalEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The run's own journal of what it meant to do: one intent per write step and kegiatan (operation and natural key,
 * the kegiatan's title), begun before the first attempt and reused by the attempts after a failure, confirmed when
 * the step succeeds, marked unknown when it ends in {@code OutcomeUnknownException}.
 */
final class ChaosLedger implements AutoCloseable {

    private final FileJournal journal;

    ChaosLedger(Path file) {
        this.journal = FileJournal.open(file);
    }

    /** The open intent of this step, or a new one; records the attempt. */
    String attempt(ChaosStep step) {
        String id = journal.latest(step.name(), step.naturalKey()).filter(JournalEntry::isOpen)
                .map(JournalEntry::intentId)
                .orElseGet(() -> journal.begin(Intent.of(step.name(), step.portal().name(), step.naturalKey()))
                        .intentId());
        journal.recordAttempt(id);
        return id;
    }

    void confirm(String intentId) {
        journal.confirm(intentId, Map.of(), "done");
    }

    void unknown(String intentId, String detail) {
        journal.markUnknown(intentId, detail);
    }

    List<JournalEntry> openIntents() {
        return journal.openIntents();
    }

    List<JournalEntry> entries() {
        return journal.entries();
    }

    @Override
    public void close() {
        journal.close();
    }
}
