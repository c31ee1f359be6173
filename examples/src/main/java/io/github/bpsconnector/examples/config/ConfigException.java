package io.github.bpsconnector.examples.config;

import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalException;

/**
 * The configuration file is missing, unreadable or wrong. The message names the file and the key, never a value
 * that could be a secret. Nothing was sent anywhere ({@link Delivery#NOT_SENT}).
 */
public class ConfigException extends PortalException {

    private static final long serialVersionUID = 1L;

    /** A configuration problem described by {@code message}. */
    public ConfigException(String message) {
        super(ErrorContext.of("local", "config"), Delivery.NOT_SENT, message, null);
    }

    /** A configuration problem caused by {@code cause}. */
    public ConfigException(String message, Throwable cause) {
        super(ErrorContext.of("local", "config"), Delivery.NOT_SENT, message, cause);
    }
}
