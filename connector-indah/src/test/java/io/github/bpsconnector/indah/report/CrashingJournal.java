package io.github.bpsconnector.indah.report;

import io.github.bpsconnector.core.journal.Intent;
import io.github.bpsconnector.core.journal.Journal;
import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.core.journal.OutcomeStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A journal that "crashes the process" (throws {@link Crash}) when asked to record the outcome of the
 * {@code crashAt}-th write of one operation: the write was applied on the portal, its outcome never reached the
 * journal, exactly as if the process had died in between.
 */
final class CrashingJournal implements Journal {

    /** The simulated death of the process. */
    static final class Crash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Crash() {
            super("simulated crash");
        }
    }

    private final Journal delegate;
    private final String operation;
    private final int crashAt;
    private int seen;

    CrashingJournal(Journal delegate, String operation, int crashAt) {
        this.delegate = delegate;
        this.operation = operation;
        this.crashAt = crashAt;
    }

    @Override
    public JournalEntry begin(Intent intent) {
        return delegate.begin(intent);
    }

    @Override
    public JournalEntry recordAttempt(String intentId) {
        return delegate.recordAttempt(intentId);
    }

    @Override
    public synchronized JournalEntry complete(String intentId, OutcomeStatus status, Map<String, String> portalIds,
            String detail) {
        if (delegate.find(intentId).orElseThrow().operation().equals(operation) && ++seen == crashAt) {
            throw new Crash();
        }
        return delegate.complete(intentId, status, portalIds, detail);
    }

    @Override
    public Optional<JournalEntry> find(String intentId) {
        return delegate.find(intentId);
    }

    @Override
    public List<JournalEntry> openIntents() {
        return delegate.openIntents();
    }

    @Override
    public Optional<JournalEntry> latest(String op, String naturalKey) {
        return delegate.latest(op, naturalKey);
    }

    @Override
    public List<JournalEntry> entries() {
        return delegate.entries();
    }

    @Override
    public boolean claim(String intentId, String claimant, Duration lease) {
        return delegate.claim(intentId, claimant, lease);
    }

    @Override
    public void release(String intentId, String claimant) {
        delegate.release(intentId, claimant);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
