package io.github.bpsconnector.indah;

import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalException;

/**
 * The client refused, before sending anything, a change the record's current status does not allow (e.g. editing
 * an MS-Keg that is UNDER_REVIEW, submitting an APPROVED one, deleting one that left DRAFT). Not retryable.
 */
public class InvalidTransitionException extends PortalException {

    private static final long serialVersionUID = 1L;

    private final MetadataStatus current;

    /**
     * @param context where
     * @param current the record's status
     * @param message what was refused, for a person
     */
    public InvalidTransitionException(ErrorContext context, MetadataStatus current, String message) {
        super(context, Delivery.NOT_SENT, message, null);
        this.current = current;
    }

    /** The record's status when the change was refused. */
    public MetadataStatus currentStatus() {
        return current;
    }
}
