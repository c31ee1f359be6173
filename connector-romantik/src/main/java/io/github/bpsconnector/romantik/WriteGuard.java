package io.github.bpsconnector.romantik;

import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.OutcomeUnknownException;
import io.github.bpsconnector.core.error.PortalException;
import io.github.bpsconnector.core.journal.Intent;
import io.github.bpsconnector.core.journal.Journal;
import io.github.bpsconnector.core.journal.JournalEntry;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How every state-changing step runs: written to the journal (if one is configured) before and after, and never
 * done twice. When the portal may have received a request but its answer was lost ({@link OutcomeUnknownException},
 * or any failure whose delivery is {@link Delivery#OUTCOME_UNKNOWN}), the step looks on the portal whether the effect
 * is there (check-then-act) and sends again, with a fresh form and CSRF token, only when it is not.
 */
final class WriteGuard {

    private static final Logger LOG = LoggerFactory.getLogger(WriteGuard.class);

    private final Journal journal;

    WriteGuard(Journal journal) {
        this.journal = journal;
    }

    /**
     * Runs {@code action} once, or twice when its outcome was unknown and {@code done} says the portal does not show
     * its effect.
     *
     * @param done whether the effect is on the portal
     */
    void once(String operation, BooleanSupplier done, Runnable action) {
        try {
            action.run();
        } catch (PortalException e) {
            if (!outcomeUnknown(e)) {
                throw e;
            }
            if (lookFor(operation, done, e)) {
                LOG.info("{}: the answer was lost, but the portal shows it done", operation);
                return;
            }
            LOG.info("{}: the answer was lost and the portal does not show it done; sending again", operation);
            action.run();
        }
    }

    /**
     * Whether the portal shows the effect of a write whose answer was lost. When looking fails too, the outcome stays
     * unknown: the failure of the look (perhaps "refused" or "not sent") says nothing about the write.
     */
    private static boolean lookFor(String operation, BooleanSupplier done, PortalException lost) {
        try {
            return done.getAsBoolean();
        } catch (PortalException lookFailed) {
            OutcomeUnknownException unknown = new OutcomeUnknownException(lost.context(), operation
                    + ": the answer was lost and looking for its effect failed (" + lookFailed.getClass()
                    .getSimpleName() + ")", lost, null);
            unknown.addSuppressed(lookFailed);
            throw unknown;
        }
    }

    /**
     * Runs {@code action} under a journal intent: begun and attempted before, confirmed with the portal ids, failed
     * (refused or not sent) or marked unknown after.
     */
    <T> T journaled(Intent intent, Supplier<T> action, Function<T, Map<String, String>> portalIds) {
        if (journal == null) {
            return action.get();
        }
        JournalEntry entry = journal.begin(intent);
        journal.recordAttempt(entry.intentId());
        try {
            T result = action.get();
            journal.confirm(entry.intentId(), portalIds.apply(result), "done");
            return result;
        } catch (PortalException e) {
            String detail = e.getClass().getSimpleName() + (e.httpStatus() > 0 ? " HTTP " + e.httpStatus() : "");
            if (outcomeUnknown(e)) {
                journal.markUnknown(entry.intentId(), detail);
                if (e instanceof OutcomeUnknownException) {
                    throw new OutcomeUnknownException(e.context(), e.getMessage(), e.getCause(), entry.intentId());
                }
            } else {
                journal.fail(entry.intentId(), detail);
            }
            throw e;
        } catch (RuntimeException e) {
            journal.markUnknown(entry.intentId(), e.getClass().getSimpleName());
            throw e;
        }
    }

    /** The journal, if one is configured. */
    Optional<Journal> journal() {
        return Optional.ofNullable(journal);
    }

    static boolean outcomeUnknown(PortalException e) {
        return e instanceof OutcomeUnknownException || e.delivery() == Delivery.OUTCOME_UNKNOWN;
    }
}
