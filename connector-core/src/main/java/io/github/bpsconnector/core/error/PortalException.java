package io.github.bpsconnector.core.error;

import java.util.Objects;

/**
 * Root of every failure the connector reports. Unchecked; carries the portal, operation, HTTP status and
 * correlation id ({@link #context()}), what is known about delivery ({@link #delivery()}) and whether a caller
 * may try the same call again later ({@link #retryable()}).
 *
 * <p>Messages never contain secrets: no password, token, cookie or CSRF value is ever put into one.
 */
public class PortalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorContext context;
    private final Delivery delivery;

    /**
     * @param context  where it happened
     * @param delivery whether the request reached the portal
     * @param message  what went wrong, for a person
     * @param cause    the underlying failure, or {@code null}
     */
    public PortalException(ErrorContext context, Delivery delivery, String message, Throwable cause) {
        super(message, cause);
        this.context = Objects.requireNonNull(context, "context");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
    }

    /** Where it happened. */
    public ErrorContext context() {
        return context;
    }

    /** The portal, e.g. {@code "romantik"}. */
    public String portal() {
        return context.portal();
    }

    /** The client operation that failed. */
    public String operation() {
        return context.operation();
    }

    /** The HTTP status of the portal's answer, or 0 when there was none. */
    public int httpStatus() {
        return context.httpStatus();
    }

    /** The portal's correlation id, or {@code null}. */
    public String correlationId() {
        return context.correlationId();
    }

    /** Whether the request reached the portal. */
    public Delivery delivery() {
        return delivery;
    }

    /** Whether the same call may succeed if tried again later. False unless a subclass says otherwise. */
    public boolean retryable() {
        return false;
    }

    @Override
    public String getMessage() {
        return super.getMessage() + " [" + context + "]";
    }
}
