package io.github.bpsconnector.core.error;

/**
 * The portal refused the credentials or the account (bad password, locked account, expired token with no way to
 * renew it unattended). Never retried automatically, so that an account is never locked by the connector.
 */
public class AuthenticationException extends PortalException {

    private static final long serialVersionUID = 1L;

    public AuthenticationException(ErrorContext context, String message) {
        this(context, message, null);
    }

    public AuthenticationException(ErrorContext context, String message, Throwable cause) {
        super(context, Delivery.REJECTED, message, cause);
    }
}
