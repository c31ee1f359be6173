package io.github.bpsconnector.core.error;

/**
 * The portal's answer shows the session or token has expired. Portal clients handle it inside (one re-login, then
 * the safe request again); callers see it only if it escapes that handling.
 */
public class SessionExpiredException extends PortalException {

    private static final long serialVersionUID = 1L;

    public SessionExpiredException(ErrorContext context, String message) {
        super(context, Delivery.REJECTED, message, null);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
