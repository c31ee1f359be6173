package io.github.bpsconnector.core.error;

/**
 * The portal could not be reached or answered with a server error (5xx, connection failure, timeout, open circuit).
 * Retryable later; whether it was delivered is in {@link #delivery()}.
 */
public class PortalUnavailableException extends PortalException {

    private static final long serialVersionUID = 1L;

    public PortalUnavailableException(ErrorContext context, Delivery delivery, String message, Throwable cause) {
        super(context, delivery, message, cause);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
