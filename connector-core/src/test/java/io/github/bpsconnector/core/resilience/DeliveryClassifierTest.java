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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryClassifierTest {

    @Test
    void failuresBeforeTheRequestIsWrittenAreNotSent() {
        for (Throwable t : new Throwable[] {new ConnectException("refused"), new HttpHostConnectException("refused"),
                new ConnectTimeoutException("connect timed out"), new UnknownHostException("nowhere"),
                new ConnectionRequestTimeoutException("lease"), new SSLHandshakeException("untrusted"),
                new CircuitBreakerOpenException(CircuitBreaker.ofDefaults())}) {
            assertThat(DeliveryClassifier.classify(t, false)).as(t.toString()).isEqualTo(Delivery.NOT_SENT);
            assertThat(DeliveryClassifier.classify(t, true)).as(t.toString()).isEqualTo(Delivery.NOT_SENT);
        }
    }

    @Test
    void failuresAfterWritingLeaveTheOutcomeUnknown() {
        for (Throwable t : new Throwable[] {new NoHttpResponseException("no response"),
                new SocketTimeoutException("Read timed out"), new SocketException("Connection reset"),
                new MalformedChunkCodingException("bad chunk"), new IOException("other")}) {
            assertThat(DeliveryClassifier.classify(t, false)).as(t.toString()).isEqualTo(Delivery.OUTCOME_UNKNOWN);
            assertThat(DeliveryClassifier.classify(t, true)).as(t.toString()).isEqualTo(Delivery.OUTCOME_UNKNOWN);
        }
    }

    @ParameterizedTest(name = "HTTP {0}, idempotent={1} -> {2}")
    @CsvSource({
        "400, true,  REJECTED", "400, false, REJECTED",
        "401, true,  REJECTED", "401, false, REJECTED",
        "404, true,  REJECTED", "404, false, REJECTED",
        "419, true,  REJECTED", "419, false, REJECTED",
        "429, true,  REJECTED", "429, false, REJECTED",
        "500, true,  REJECTED", "500, false, OUTCOME_UNKNOWN",
        "501, true,  REJECTED", "501, false, REJECTED",
        "502, true,  REJECTED", "502, false, OUTCOME_UNKNOWN",
        "503, true,  REJECTED", "503, false, OUTCOME_UNKNOWN",
        "504, true,  REJECTED", "504, false, OUTCOME_UNKNOWN",
        "505, true,  REJECTED", "505, false, REJECTED",
        "507, true,  REJECTED", "507, false, OUTCOME_UNKNOWN",
        "524, true,  REJECTED", "524, false, OUTCOME_UNKNOWN"
    })
    void anAnswerIsRejectedUnlessA5xxMayHaveFollowedAWrite(int status, boolean idempotent, Delivery expected) {
        assertThat(DeliveryClassifier.classify(new FailureStatusException(status, "1", null), idempotent))
                .isEqualTo(expected);
        assertThat(DeliveryClassifier.forStatus(status, idempotent)).isEqualTo(expected);
    }
}
