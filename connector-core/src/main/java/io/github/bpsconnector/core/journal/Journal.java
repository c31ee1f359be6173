package io.github.bpsconnector.core.journal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The record of state-changing operations on the portals: each one is written as an {@link Intent} before it runs
 * and its {@link Outcome} after, so that after a crash {@code resume} can find what is still open and reconcile it
 * with the portal (look for the natural key, then confirm or submit again). Nothing is done twice and nothing is
 * lost.
 *
 * <p>Never holds a secret: attribute and portal id keys that name one are refused.
 *
 * <p>Implementations are thread-safe. An intent belongs to one executor at a time: before working on an open
 * intent (for instance when resuming), {@link #claim(String, String, Duration) claim} it. The file journal is
 * used by one process at a time; a database journal shared by several processes enforces claims across them.
 */
public interface Journal extends AutoCloseable {

    /**
     * Records an intent before the operation runs.
     *
     * @return the new entry, open, with no attempt yet
     * @throws JournalException if it cannot be recorded; the operation must then not run
     */
    JournalEntry begin(Intent intent);

    /**
     * Records that an attempt is about to be sent.
     *
     * @return the entry with one more attempt
     * @throws IllegalArgumentException if there is no such intent
     * @throws IllegalStateException    if the intent already has a final outcome
     */
    JournalEntry recordAttempt(String intentId);

    /**
     * Records the outcome of an intent. An {@link OutcomeStatus#UNKNOWN} outcome may later be followed by a final
     * one; a final one ({@link OutcomeStatus#CONFIRMED}, {@link OutcomeStatus#FAILED}) ends the intent.
     *
     * @param portalIds the portal's ids of what was created, e.g. {@code {"pengajuanId": "123"}}
     * @param detail    a short note for a person; never a secret
     * @return the entry with its outcome
     * @throws IllegalArgumentException if there is no such intent or a portal id key names a secret
     * @throws IllegalStateException    if the intent already has a final outcome
     */
    JournalEntry complete(String intentId, OutcomeStatus status, Map<String, String> portalIds, String detail);

    /** Records a {@link OutcomeStatus#CONFIRMED} outcome; see {@link #complete}. */
    default JournalEntry confirm(String intentId, Map<String, String> portalIds, String detail) {
        return complete(intentId, OutcomeStatus.CONFIRMED, portalIds, detail);
    }

    /** Records a {@link OutcomeStatus#FAILED} outcome; see {@link #complete}. */
    default JournalEntry fail(String intentId, String detail) {
        return complete(intentId, OutcomeStatus.FAILED, Map.of(), detail);
    }

    /** Records an {@link OutcomeStatus#UNKNOWN} outcome, leaving the intent open; see {@link #complete}. */
    default JournalEntry markUnknown(String intentId, String detail) {
        return complete(intentId, OutcomeStatus.UNKNOWN, Map.of(), detail);
    }

    /** The entry of an intent. */
    Optional<JournalEntry> find(String intentId);

    /** The intents that still need work: no outcome yet, or an unknown one. In the order they began. */
    List<JournalEntry> openIntents();

    /** The most recent intent of {@code operation} with {@code naturalKey}, open or not. */
    Optional<JournalEntry> latest(String operation, String naturalKey);

    /** Every entry, in the order the intents began. */
    List<JournalEntry> entries();

    /**
     * Claims an open intent for execution by {@code claimant} (e.g. a host and process id) for at most
     * {@code lease}. Claiming again by the same claimant renews the lease.
     *
     * @return true if {@code claimant} now holds the intent; false if another claimant holds an unexpired claim
     *         or the intent is no longer open
     * @throws IllegalArgumentException if there is no such intent
     */
    boolean claim(String intentId, String claimant, Duration lease);

    /** Gives up {@code claimant}'s claim on an intent; does nothing if it holds none. */
    void release(String intentId, String claimant);

    /** Closes the journal; further calls fail with {@link IllegalStateException}. */
    @Override
    void close();
}
