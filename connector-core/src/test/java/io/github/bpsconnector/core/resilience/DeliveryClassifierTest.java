package io.github.bpsconnector.core.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failsafe.CircuitBreaker;
import dev.failsafe.CircuitBreakerOpenException;
import io.github.bpsconnector.core.error.Delivery;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.Test;

class DeliveryClassifierTest {

    @Test
    void failuresBeforeTheRequestIsWrittenAreNotSent() {
        for (Throwable t : new Throwable[] {new ConnectException("refused"), new HttpHostConnectException("refused"),
                new ConnectTimeoutException("connect timed out"), new UnknownHostException("nowhere"),
                new ConnectionRequestTimeoutException("lease"), new SSLHandshakeException("untrusted"),
                new CircuitBreakerOpenException(CircuitBreaker.ofDefaults())}) {
            assertThat(DeliveryClassifier.classify(t)).as(t.toString()).isEqualTo(Delivery.NOT_SENT);
        }
    }

    @Test
    void failuresAfterWritingLeaveTheOutcomeUnknown() {
        for (Throwable t : new Throwable[] {new NoHttpResponseException("no response"),
                new SocketTimeoutException("Read timed out"), new SocketException("Connection reset"),
                new MalformedChunkCodingException("bad chunk"), new IOException("other")}) {
            assertThat(DeliveryClassifier.classify(t)).as(t.toString()).isEqualTo(Delivery.OUTCOME_UNKNOWN);
        }
    }

    @Test
    void anAnswerIsRejected() {
        assertThat(DeliveryClassifier.classify(new FailureStatusException(503, null, null)))
                .isEqualTo(Delivery.REJECTED);
    }
}
