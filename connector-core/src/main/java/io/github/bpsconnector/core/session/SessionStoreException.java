package io.github.bpsconnector.core.session;

import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalException;

/**
 * A saved session could not be written or read back: the file is missing, unreadable or not a session file of
 * this library. The message names the file and, for a malformed file, the field or position; never a cookie value
 * or token.
 */
public class SessionStoreException extends PortalException {

    private static final long serialVersionUID = 1L;

    /** The context of every session store failure: portal {@code "local"}, operation {@code "session-store"}. */
    static final ErrorContext CONTEXT = ErrorContext.of("local", "session-store");

    public SessionStoreException(String message, Throwable cause) {
        super(CONTEXT, Delivery.NOT_SENT, message, cause);
    }
}
