package io.github.bpsconnector.indah;

import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.OutcomeUnknownException;
import io.github.bpsconnector.core.error.PortalException;
import io.github.bpsconnector.core.journal.Intent;
import io.github.bpsconnector.core.journal.Journal;
import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.core.journal.WriteSettling;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one state-changing request so that it is never applied twice: the intent is journaled first; after an
 * unknown outcome (timeout, reset, empty answer, a 5xx answer) the portal is searched for the write's effect by its
 * natural key (check-then-act) and the request is sent again only when the effect is absent, at most once. When
 * no answer arrived at all (timeout, connection lost), the portal may still hold the request, so a look that finds
 * nothing does not lead to a second send: see {@link WriteSettling}. An earlier attempt left open is looked for
 * first and sent again only once it is older than the settle time. An outcome still unknown is journaled as unknown
 * and thrown as {@link OutcomeUnknownException} carrying the journal intent id, for a later call or resume.
 */
final class WriteGuard {

    private static final Logger LOG = LoggerFactory.getLogger(WriteGuard.class);

    /**
     * One write.
     *
     * @param operation  the operation, e.g. {@code indah.kegiatan.create}
     * @param naturalKey what identifies its effect on the portal
     * @param attributes non-secret facts for the journal
     * @param send       sends the request once
     * @param effect     looks on the portal for the write's effect; empty when it is absent
     * @param ids        the portal ids of the result, for the journal
     * @param <R>        the result
     */
    record Write<R>(String operation, String naturalKey, Map<String, String> attributes, Supplier<R> send,
            Supplier<Optional<R>> effect, Function<R, Map<String, String>> ids) {
    }

    private final Journal journal;
    private final WriteSettling settling;

    WriteGuard(Journal journal, WriteSettling settling) {
        this.journal = journal;
        this.settling = settling;
    }

    <R> R run(Write<R> write) {
        JournalEntry entry = journal == null ? null : intentFor(write);
        String intentId = entry == null ? null : entry.intentId();
        try {
            R result = entry != null && entry.attempts() > 0 ? resume(write, entry) : attempt(write, intentId);
            if (intentId != null) {
                journal.confirm(intentId, write.ids().apply(result), "done");
            }
            return result;
        } catch (OutcomeUnknownException unknown) {
            if (intentId != null) {
                journal.markUnknown(intentId, "outcome unknown: " + unknown.getClass().getSimpleName());
            }
            throw unknown;
        } catch (PortalException | IllegalArgumentException e) {
            if (intentId != null) {
                journal.fail(intentId, e.getClass().getSimpleName() + ": " + Objects.toString(e.getMessage(), ""));
            }
            throw e;
        }
    }

    /** The open intent an earlier call or a crashed run left for the same write, or a new one. */
    private JournalEntry intentFor(Write<?> write) {
        return journal.latest(write.operation(), write.naturalKey())
                .filter(JournalEntry::isOpen)
                .orElseGet(() -> journal.begin(new Intent(write.operation(), IndahApi.PORTAL, write.naturalKey(),
                        write.attributes())));
    }

    /** An earlier attempt was sent and its outcome never learnt: the portal is searched before sending again. */
    private <R> R resume(Write<R> write, JournalEntry entry) {
        String intentId = entry.intentId();
        Optional<R> effect;
        try {
            effect = write.effect().get();
        } catch (PortalException e) {
            throw new OutcomeUnknownException(e.context(), write.operation() + " '" + write.naturalKey()
                    + "': an earlier attempt's outcome is unknown and looking for its effect failed", e, intentId);
        }
        if (effect.isPresent()) {
            LOG.info("indah {}: an earlier attempt had been applied; not sending it again", write.operation());
            return effect.get();
        }
        if (settling.mayStillLand(entry)) {
            throw new OutcomeUnknownException(ErrorContext.of(IndahApi.PORTAL, write.operation()),
                    write.operation() + " '" + write.naturalKey() + "': an earlier attempt may still land on the "
                    + "portal; not sending it again before " + settling.settledAt(entry).orElseThrow(), null,
                    intentId);
        }
        return attempt(write, intentId);
    }

    private <R> R attempt(Write<R> write, String intentId) {
        for (int attempt = 1; ; attempt++) {
            if (intentId != null) {
                journal.recordAttempt(intentId);
            }
            try {
                return write.send().get();
            } catch (OutcomeUnknownException unknown) {
                LOG.info("indah {}: outcome unknown ({}), looking for its effect before sending again",
                        write.operation(), unknown.getClass().getSimpleName());
                Optional<R> effect = lookFor(write, unknown, intentId);
                if (effect.isPresent()) {
                    LOG.info("indah {}: the write had been applied; not sending it again", write.operation());
                    return effect.get();
                }
                if (WriteSettling.answerLost(unknown)) {
                    throw withIntent(write, unknown, intentId, "the portal may still hold the request; not sending "
                            + "it again before " + settling.settleTime() + " have passed");
                }
                if (attempt == 2) {
                    throw withIntent(write, unknown, intentId, "still unknown after sending it again");
                }
            }
        }
    }

    private <R> Optional<R> lookFor(Write<R> write, OutcomeUnknownException unknown, String intentId) {
        try {
            return write.effect().get();
        } catch (PortalException e) {
            OutcomeUnknownException still = withIntent(write, unknown, intentId,
                    "looking for its effect failed: " + e.getClass().getSimpleName());
            still.addSuppressed(e);
            throw still;
        }
    }

    private static OutcomeUnknownException withIntent(Write<?> write, OutcomeUnknownException unknown,
            String intentId, String why) {
        return new OutcomeUnknownException(unknown.context(), write.operation() + " '" + write.naturalKey()
                + "': the portal's answer was lost and " + why, unknown, intentId);
    }
}
