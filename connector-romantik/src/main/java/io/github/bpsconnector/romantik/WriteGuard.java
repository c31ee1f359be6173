package io.github.bpsconnector.romantik;

import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.OutcomeUnknownException;
import io.github.bpsconnector.core.error.PortalException;
import io.github.bpsconnector.core.journal.Intent;
import io.github.bpsconnector.core.journal.Journal;
import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.core.journal.WriteSettling;
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
 * is there (check-then-act) and sends again, with a fresh form and CSRF token, only when it is not. When no answer
 * arrived at all (timeout, connection lost), the portal may still hold the request: a look that finds nothing then
 * ends in {@link OutcomeUnknownException}, and a later call of the same step sends again only once the attempt is
 * older than the settle time (see {@link WriteSettling}).
 */
final class WriteGuard {

    private static final Logger LOG = LoggerFactory.getLogger(WriteGuard.class);

    private final Journal journal;
    private final WriteSettling settling;

    WriteGuard(Journal journal, WriteSettling settling) {
        this.journal = journal;
        this.settling = settling;
    }

    /**
     * Runs {@code action} once, or twice when its outcome was unknown, the portal answered (a {@code 5xx}) and
     * {@code done} says the portal does not show its effect. Without an answer the request may still be held by the
     * portal: it is not sent again.
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
            if (WriteSettling.answerLost(e)) {
                throw new OutcomeUnknownException(e.context(), operation + ": no answer, and the portal does not "
                        + "show it done yet; not sent again, the portal may still hold the request", e, null);
            }
            LOG.info("{}: the portal failed after the request and does not show it done; sending again", operation);
            action.run();
        }
    }

    /**
     * Runs {@code action}, and once more when its outcome was unknown: for a write that does the same when it lands
     * twice (saving the same form values).
     */
    void idempotent(String operation, Runnable action) {
        try {
            action.run();
        } catch (PortalException e) {
            if (!outcomeUnknown(e)) {
                throw e;
            }
            LOG.info("{}: outcome unknown; sending the same again", operation);
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
     * Runs {@code action} under a journal intent, see {@link #journaled(Intent, Supplier, Supplier, Function)}; an
     * earlier attempt left open cannot be looked for, so it blocks the step until it has settled.
     */
    <T> T journaled(Intent intent, Supplier<T> action, Function<T, Map<String, String>> portalIds) {
        return journaled(intent, Optional::empty, action, portalIds);
    }

    /**
     * Runs {@code action} under a journal intent: begun and attempted before, confirmed with the portal ids, failed
     * (refused or not sent) or marked unknown after. An intent of the same operation and natural key left open by an
     * earlier attempt is continued: {@code found} looks for its effect and confirms it; when nothing is found and
     * the attempt may still land, {@link OutcomeUnknownException} carrying that intent; else it is sent again.
     *
     * @param found the result if the portal shows the step done; empty when it does not
     */
    <T> T journaled(Intent intent, Supplier<Optional<T>> found, Supplier<T> action,
            Function<T, Map<String, String>> portalIds) {
        if (journal == null) {
            return action.get();
        }
        Optional<JournalEntry> earlier = earlierAttempt(intent);
        if (earlier.isPresent()) {
            Optional<T> done = found.get();
            if (done.isPresent()) {
                journal.confirm(earlier.get().intentId(), portalIds.apply(done.get()), "found done on the portal");
                return done.get();
            }
            if (settling.mayStillLand(earlier.get())) {
                throw new OutcomeUnknownException(ErrorContext.of(intent.portal(), intent.operation()),
                        intent.operation() + ": an earlier attempt may still land on the portal; not sent again "
                        + "before " + settling.settledAt(earlier.get()).orElseThrow(), null,
                        earlier.get().intentId());
            }
        }
        JournalEntry entry = earlier.orElseGet(() -> journal.begin(intent));
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

    /**
     * The portal shows the step done: an intent of the same operation and natural key that an earlier attempt left
     * open is confirmed with the portal ids. Does nothing without a journal or such an intent.
     */
    void foundDone(Intent intent, Map<String, String> portalIds) {
        if (journal != null) {
            earlierAttempt(intent).ifPresent(entry -> journal.confirm(entry.intentId(), portalIds,
                    "found done on the portal"));
        }
    }

    private Optional<JournalEntry> earlierAttempt(Intent intent) {
        return journal.latest(intent.operation(), intent.naturalKey()).filter(e -> e.isOpen() && e.attempts() > 0);
    }

    /** The journal, if one is configured. */
    Optional<Journal> journal() {
        return Optional.ofNullable(journal);
    }

    static boolean outcomeUnknown(PortalException e) {
        return e instanceof OutcomeUnknownException || e.delivery() == Delivery.OUTCOME_UNKNOWN;
    }
}
