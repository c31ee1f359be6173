package io.github.bpsconnector.core.http;

import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalException;

/**
 * The portal's answer to a safe request was larger than the cap of its {@link BodyKind}; it was refused without
 * being read to the end (the connection was discarded). Not retryable: the same page will be as large again. For a
 * state-changing request the transport reports an {@link io.github.bpsconnector.core.error.OutcomeUnknownException}
 * caused by this one instead, since the request reached the portal.
 */
public class ResponseTooLargeException extends PortalException {

    private static final long serialVersionUID = 1L;

    private final long maxBytes;

    /**
     * @param context  where it happened, with the HTTP status of the answer
     * @param message  what was refused
     * @param maxBytes the cap that was exceeded
     */
    public ResponseTooLargeException(ErrorContext context, String message, long maxBytes) {
        super(context, Delivery.REJECTED, message, null);
        this.maxBytes = maxBytes;
    }

    /** The cap that was exceeded, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }
}
