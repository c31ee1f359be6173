package io.github.bpsconnector.core.error;

import java.util.Objects;

/**
 * Where a {@link PortalException} happened: which portal, which operation, the HTTP status (0 when no response
 * was received) and the portal's correlation id if it sent one. Never holds a secret.
 *
 * @param portal        the portal, e.g. {@code "romantik"} or {@code "indah"}
 * @param operation     the client operation, e.g. {@code "pengajuan.kirim"}
 * @param httpStatus    the HTTP status of the response, or 0 when there was none
 * @param correlationId the portal's request or correlation id, or {@code null}
 */
public record ErrorContext(String portal, String operation, int httpStatus, String correlationId) {

    public ErrorContext {
        Objects.requireNonNull(portal, "portal");
        Objects.requireNonNull(operation, "operation");
    }

    /** A context with no response yet. */
    public static ErrorContext of(String portal, String operation) {
        return new ErrorContext(portal, operation, 0, null);
    }

    /** This context with the given HTTP status. */
    public ErrorContext withHttpStatus(int status) {
        return new ErrorContext(portal, operation, status, correlationId);
    }

    /** This context with the given correlation id. */
    public ErrorContext withCorrelationId(String id) {
        return new ErrorContext(portal, operation, httpStatus, id);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(portal).append(' ').append(operation);
        if (httpStatus > 0) {
            sb.append(" HTTP ").append(httpStatus);
        }
        if (correlationId != null) {
            sb.append(" correlation-id=").append(correlationId);
        }
        return sb.toString();
    }
}
