package io.github.bpsconnector.core.resilience;

import dev.failsafe.CircuitBreakerOpenException;
import dev.failsafe.RateLimitExceededException;
import io.github.bpsconnector.core.error.Delivery;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.UnsupportedSchemeException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.http.RequestNotExecutedException;

/**
 * Decides from a failure whether the request may have reached the portal and been applied.
 *
 * <ul>
 * <li>Transport failures that happen before a single byte of the request is written are {@link Delivery#NOT_SENT}:
 *     connection refused or timed out, unknown host, no route, pool lease timeout, TLS handshake refused, open
 *     circuit, no rate permit. Every other transport failure (no response, read timeout, reset, broken chunking,
 *     garbage) is {@link Delivery#OUTCOME_UNKNOWN}.</li>
 * <li>A failure status answer ({@link FailureStatusException}) to an idempotent request is
 *     {@link Delivery#REJECTED}: sending it again does no harm either way.</li>
 * <li>A {@code 5xx} answer to a non-idempotent request is {@link Delivery#OUTCOME_UNKNOWN}: a proxy that timed out
 *     upstream, or an application that committed and then failed, answers {@code 5xx} after the write was applied.
 *     Only {@code 501} and {@code 505}, which say the server does not handle the request at all, stay
 *     {@link Delivery#REJECTED}; so do {@code 4xx} answers ({@code 429} included), which mean "not processed".</li>
 * </ul>
 */
public final class DeliveryClassifier {

    private DeliveryClassifier() {
    }

    /**
     * What is known about delivery when {@code failure} ended the attempt.
     *
     * @param failure    what ended the attempt
     * @param idempotent whether the request may be sent again without harm (a safe request, or one the caller
     *                   declared safe); decides how a {@code 5xx} answer counts
     */
    public static Delivery classify(Throwable failure, boolean idempotent) {
        if (failure instanceof FailureStatusException status) {
            return forStatus(status.status(), idempotent);
        }
        return isNotSent(failure) ? Delivery.NOT_SENT : Delivery.OUTCOME_UNKNOWN;
    }

    /**
     * What is known about delivery when the portal answered {@code status} (a {@code 4xx} or {@code 5xx}).
     *
     * @param status     the HTTP status of the answer
     * @param idempotent whether the request may be sent again without harm
     */
    public static Delivery forStatus(int status, boolean idempotent) {
        return !idempotent && mayFollowTheWrite(status) ? Delivery.OUTCOME_UNKNOWN : Delivery.REJECTED;
    }

    private static boolean mayFollowTheWrite(int status) {
        return status >= 500 && status != HttpStatus.SC_NOT_IMPLEMENTED
                && status != HttpStatus.SC_HTTP_VERSION_NOT_SUPPORTED;
    }

    private static boolean isNotSent(Throwable failure) {
        return failure instanceof ConnectException // includes HttpHostConnectException
                || failure instanceof ConnectTimeoutException
                || failure instanceof UnknownHostException
                || failure instanceof NoRouteToHostException
                || failure instanceof UnsupportedSchemeException
                || failure instanceof ConnectionRequestTimeoutException
                || failure instanceof RequestNotExecutedException
                || failure instanceof SSLHandshakeException
                || failure instanceof CircuitBreakerOpenException
                || failure instanceof RateLimitExceededException;
    }
}
