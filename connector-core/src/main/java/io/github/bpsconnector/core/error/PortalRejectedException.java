package io.github.bpsconnector.core.error;

import java.util.List;
import java.util.Objects;

/**
 * The portal refused the input (a 4xx answer, an error item in a 200 answer, a validation message on a page).
 * Carries the portal's messages per field. Not retryable: the input must change first.
 */
public class PortalRejectedException extends PortalException {

    private static final long serialVersionUID = 1L;

    /**
     * One message of the portal about one field.
     *
     * @param field   the portal's field name, or {@code null} for a message about the whole request
     * @param message the portal's text
     */
    public record FieldMessage(String field, String message) {
        public FieldMessage {
            Objects.requireNonNull(message, "message");
        }
    }

    private final transient List<FieldMessage> fieldMessages;

    public PortalRejectedException(ErrorContext context, String message, List<FieldMessage> fieldMessages) {
        super(context, Delivery.REJECTED, message, null);
        this.fieldMessages = List.copyOf(fieldMessages);
    }

    /** The portal's messages, per field where it named one. */
    public List<FieldMessage> fieldMessages() {
        return fieldMessages;
    }

    @Override
    public String getMessage() {
        if (fieldMessages.isEmpty()) {
            return super.getMessage();
        }
        return super.getMessage() + " " + fieldMessages;
    }
}
