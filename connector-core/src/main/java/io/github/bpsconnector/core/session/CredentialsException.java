package io.github.bpsconnector.core.session;

import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalException;

/**
 * Credentials could not be obtained locally: an environment variable or a properties key is missing or blank, or
 * the credentials file cannot be read. The message names the variable, key or file, never a value.
 *
 * <p>This is a local configuration problem, not a refusal by the portal, so it is not an
 * {@link io.github.bpsconnector.core.error.AuthenticationException}: nothing was sent
 * ({@link Delivery#NOT_SENT}) and the fix is in the configuration. Like every login failure it is not retried.
 */
public class CredentialsException extends PortalException {

    private static final long serialVersionUID = 1L;

    /** The context of every credentials failure: portal {@code "local"}, operation {@code "credentials"}. */
    static final ErrorContext CONTEXT = ErrorContext.of("local", "credentials");

    public CredentialsException(String message) {
        this(message, null);
    }

    public CredentialsException(String message, Throwable cause) {
        super(CONTEXT, Delivery.NOT_SENT, message, cause);
    }
}
