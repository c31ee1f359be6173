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
import org.apache.hc.core5.http.RequestNotExecutedException;

/**
 * Decides from a transport failure whether the request may have reached the portal. Only failures that happen
 * before a single byte of the request is written are {@link Delivery#NOT_SENT}: connection refused or timed out,
 * unknown host, no route, pool lease timeout, TLS handshake refused, open circuit, no rate permit. Everything else
 * (no response, read timeout, reset, broken chunking, garbage) is {@link Delivery#OUTCOME_UNKNOWN}.
 */
public final class DeliveryClassifier {

    private DeliveryClassifier() {
    }

    /** What is known about delivery when {@code failure} ended the attempt. */
    public static Delivery classify(Throwable failure) {
        if (failure instanceof FailureStatusException) {
            return Delivery.REJECTED;
        }
        return isNotSent(failure) ? Delivery.NOT_SENT : Delivery.OUTCOME_UNKNOWN;
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
