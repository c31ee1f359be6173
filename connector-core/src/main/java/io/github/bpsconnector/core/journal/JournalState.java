package io.github.bpsconnector.core.journal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entries of a journal, folded from its records in order. Not thread-safe: the journal guards it.
 */
final class JournalState {

    private final Map<String, JournalEntry> entries = new LinkedHashMap<>();

    /**
     * The entry that {@code record} leads to, without changing the state; the caller stores it with
     * {@link #put(JournalEntry)} once the record is durable.
     *
     * @throws IllegalArgumentException if the record is incomplete, names an unknown intent or carries a secret
     * @throws IllegalStateException    if the record does not fit the intent's state (began twice, already final)
     */
    JournalEntry next(JournalRecord record) {
        requireField(record.type(), "type");
        requireField(record.intentId(), "intentId");
        requireField(record.at(), "at");
        switch (record.type()) {
            case BEGIN:
                if (entries.containsKey(record.intentId())) {
                    throw new IllegalStateException("intent " + record.intentId() + " began twice");
                }
                Intent intent = new Intent(record.operation(), record.portal(), record.naturalKey(),
                        record.attributes() == null ? Map.of() : record.attributes());
                return new JournalEntry(record.intentId(), intent, record.at(), 0, null, null);
            case ATTEMPT:
                return requireOpen(record.intentId()).withAttempt(record.at());
            case OUTCOME:
                requireField(record.status(), "status");
                Outcome outcome = new Outcome(record.status(),
                        record.portalIds() == null ? Map.of() : record.portalIds(), record.detail(), record.at());
                return requireOpen(record.intentId()).withOutcome(outcome);
            default:
                throw new IllegalArgumentException("unknown record type " + record.type());
        }
    }

    void put(JournalEntry entry) {
        entries.put(entry.intentId(), entry);
    }

    /** @throws IllegalArgumentException if there is no such intent */
    JournalEntry require(String intentId) {
        JournalEntry entry = entries.get(intentId);
        if (entry == null) {
            throw new IllegalArgumentException("no intent with id " + intentId);
        }
        return entry;
    }

    Optional<JournalEntry> find(String intentId) {
        return Optional.ofNullable(entries.get(intentId));
    }

    List<JournalEntry> all() {
        return List.copyOf(entries.values());
    }

    List<JournalEntry> open() {
        return entries.values().stream().filter(JournalEntry::isOpen).toList();
    }

    Optional<JournalEntry> latest(String operation, String naturalKey) {
        JournalEntry latest = null;
        for (JournalEntry entry : entries.values()) {
            if (entry.operation().equals(operation) && entry.naturalKey().equals(naturalKey)) {
                latest = entry;
            }
        }
        return Optional.ofNullable(latest);
    }

    int size() {
        return entries.size();
    }

    private JournalEntry requireOpen(String intentId) {
        JournalEntry entry = require(intentId);
        if (!entry.isOpen()) {
            throw new IllegalStateException("intent " + intentId + " is already "
                    + entry.outcome().orElseThrow().status());
        }
        return entry;
    }

    private static void requireField(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("record has no " + field);
        }
    }
}
