package io.github.bpsconnector.core.journal;

import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalException;

/**
 * The journal cannot be read or written. An operation whose intent could not be recorded must not run.
 */
public class JournalException extends PortalException {

    private static final long serialVersionUID = 1L;

    /** The context of every journal failure: portal {@code "local"}, operation {@code "journal"}. */
    static final ErrorContext CONTEXT = ErrorContext.of("local", "journal");

    public JournalException(String message, Throwable cause) {
        super(CONTEXT, Delivery.NOT_SENT, message, cause);
    }
}
