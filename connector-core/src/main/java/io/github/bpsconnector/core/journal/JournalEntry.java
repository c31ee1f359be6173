package io.github.bpsconnector.core.journal;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of one journaled intent: what was intended, how many attempts were made and, once known, the
 * outcome. Immutable; the journal hands out a new entry for each change.
 */
public final class JournalEntry {

    private final String intentId;
    private final Intent intent;
    private final Instant startedAt;
    private final int attempts;
    private final Instant lastAttemptAt;
    private final Outcome outcome;

    JournalEntry(String intentId, Intent intent, Instant startedAt, int attempts, Instant lastAttemptAt,
            Outcome outcome) {
        this.intentId = Objects.requireNonNull(intentId, "intentId");
        this.intent = Objects.requireNonNull(intent, "intent");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.attempts = attempts;
        this.lastAttemptAt = lastAttemptAt;
        this.outcome = outcome;
    }

    /**
     * An entry as a {@link Journal} implementation outside this package stores it, e.g. a row of a database journal.
     *
     * @param lastAttemptAt when the last attempt was recorded; null if none
     * @param outcome       the latest outcome; null if none yet
     * @throws IllegalArgumentException if {@code attempts} is negative
     */
    public static JournalEntry of(String intentId, Intent intent, Instant startedAt, int attempts,
            Instant lastAttemptAt, Outcome outcome) {
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative: " + attempts);
        }
        return new JournalEntry(intentId, intent, startedAt, attempts, lastAttemptAt, outcome);
    }

    JournalEntry withAttempt(Instant at) {
        return new JournalEntry(intentId, intent, startedAt, attempts + 1, at, outcome);
    }

    JournalEntry withOutcome(Outcome newOutcome) {
        return new JournalEntry(intentId, intent, startedAt, attempts, lastAttemptAt, newOutcome);
    }

    /** The journal's id of this intent. */
    public String intentId() {
        return intentId;
    }

    /** What was intended. */
    public Intent intent() {
        return intent;
    }

    /** The operation of the intent. */
    public String operation() {
        return intent.operation();
    }

    /** The portal of the intent. */
    public String portal() {
        return intent.portal();
    }

    /** The natural key of the intent. */
    public String naturalKey() {
        return intent.naturalKey();
    }

    /** The attributes of the intent. */
    public Map<String, String> attributes() {
        return intent.attributes();
    }

    /** When the intent was recorded. */
    public Instant startedAt() {
        return startedAt;
    }

    /** How many attempts were recorded. */
    public int attempts() {
        return attempts;
    }

    /** When the last attempt was recorded, if any. */
    public Optional<Instant> lastAttemptAt() {
        return Optional.ofNullable(lastAttemptAt);
    }

    /** The latest outcome, if one was recorded. */
    public Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /** Whether the intent still needs work: no outcome yet, or {@link OutcomeStatus#UNKNOWN}. */
    public boolean isOpen() {
        return outcome == null || !outcome.status().isFinal();
    }

    @Override
    public String toString() {
        return "JournalEntry[" + intentId + " " + intent.operation() + " " + intent.portal() + " '"
                + intent.naturalKey() + "', attempts=" + attempts + ", "
                + (outcome == null ? "open" : outcome.status()) + "]";
    }
}
