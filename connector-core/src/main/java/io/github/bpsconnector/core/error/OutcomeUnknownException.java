package io.github.bpsconnector.core.error;

import java.util.Optional;

/**
 * A state-changing request whose effect could not be confirmed either way (timeout after sending, reset, a
 * {@code 5xx} answer, and looking on the portal did not settle it). It was not re-sent. The journal entry of the intent lets a later
 * {@code resume} reconcile it with the portal.
 */
public class OutcomeUnknownException extends PortalException {

    private static final long serialVersionUID = 1L;

    private final String journalIntentId;

    /**
     * @param journalIntentId the id of the journal intent this write belongs to, or {@code null} if none
     */
    public OutcomeUnknownException(ErrorContext context, String message, Throwable cause, String journalIntentId) {
        super(context, Delivery.OUTCOME_UNKNOWN, message, cause);
        this.journalIntentId = journalIntentId;
    }

    /** The journal intent of this write, to reconcile it later. */
    public Optional<String> journalIntentId() {
        return Optional.ofNullable(journalIntentId);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
