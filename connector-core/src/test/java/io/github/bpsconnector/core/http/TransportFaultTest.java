package io.github.bpsconnector.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.bpsconnector.core.http.Transports.millisSince;
import static io.github.bpsconnector.core.http.Transports.session;
import static io.github.bpsconnector.core.http.Transports.uri;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.failsafe.TimeoutExceededException;
import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.OutcomeUnknownException;
import io.github.bpsconnector.core.error.PortalUnavailableException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Injected transport faults end as typed exceptions within the configured timeouts, classified by delivery. */
class TransportFaultTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final Duration NO_HANG = Duration.ofSeconds(15);

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "MALFORMED_RESPONSE_CHUNK",
            "RANDOM_DATA_THEN_CLOSE", "EMPTY_RESPONSE"})
    void faultOnASafeRequestIsRetriedThenPortalUnavailable(Fault fault) {
        wm.stubFor(get("/page").willReturn(aResponse().withFault(fault)));

        try (PortalHttpClient client = Transports.client()) {
            PortalUnavailableException e = assertTimeoutPreemptively(NO_HANG, () -> catchThrowableOfType(
                    PortalUnavailableException.class,
                    () -> client.send(PortalRequest.get(uri(wm, "/page")).build(), session())));

            assertThat(e.delivery()).isEqualTo(Delivery.OUTCOME_UNKNOWN);
            assertThat(e.getCause()).isInstanceOf(IOException.class);
        }
        wm.verify(3, getRequestedFor(urlEqualTo("/page")));
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "MALFORMED_RESPONSE_CHUNK",
            "RANDOM_DATA_THEN_CLOSE"})
    void faultOnAStateChangingRequestIsOutcomeUnknownAndNotResent(Fault fault) {
        wm.stubFor(post("/kirim").willReturn(aResponse().withFault(fault)));

        try (PortalHttpClient client = Transports.client()) {
            OutcomeUnknownException e = assertTimeoutPreemptively(NO_HANG, () -> catchThrowableOfType(
                    OutcomeUnknownException.class, () -> client.send(
                            PortalRequest.post(uri(wm, "/kirim")).form(Map.of("a", "b")).build(), session())));

            assertThat(e.delivery()).isEqualTo(Delivery.OUTCOME_UNKNOWN);
        }
        wm.verify(1, postRequestedFor(urlEqualTo("/kirim")));
    }

    @Test
    void dribblingResponseIsCutByTheResponseTimeout() {
        wm.stubFor(get("/slow").willReturn(aResponse().withBody("x".repeat(5000))
                .withChunkedDribbleDelay(5, 5000)));
        HttpSettings http = Transports.http().responseTimeout(Duration.ofMillis(300)).build();

        try (PortalHttpClient client = Transports.client(http, Transports.resilience().maxAttempts(1).build())) {
            long start = System.nanoTime();
            PortalUnavailableException e = catchThrowableOfType(PortalUnavailableException.class,
                    () -> client.send(PortalRequest.get(uri(wm, "/slow")).build(), session()));

            assertThat(e.getCause()).isInstanceOf(SocketTimeoutException.class);
            assertThat(e.delivery()).isEqualTo(Delivery.OUTCOME_UNKNOWN);
            assertThat(millisSince(start)).isLessThan(2000);
        }
    }

    @Test
    void attemptTimeoutAbortsTheSocketOfAHangingAttempt() {
        wm.stubFor(get("/hang").willReturn(aResponse().withFixedDelay(5000).withBody("late")));
        HttpSettings http = Transports.http().responseTimeout(Duration.ofSeconds(30)).build();

        try (PortalHttpClient client = Transports.client(http, Transports.resilience()
                .maxAttempts(2).attemptTimeout(Duration.ofMillis(300)).build())) {
            long start = System.nanoTime();
            PortalUnavailableException e = catchThrowableOfType(PortalUnavailableException.class,
                    () -> client.send(PortalRequest.get(uri(wm, "/hang")).build(), session()));

            assertThat(e.getCause()).isInstanceOf(TimeoutExceededException.class);
            assertThat(e.delivery()).isEqualTo(Delivery.OUTCOME_UNKNOWN);
            assertThat(millisSince(start)).isLessThan(2500); // two attempts of 300 ms, not 2 x 5 s
        }
        wm.verify(2, getRequestedFor(urlEqualTo("/hang")));
    }

    @Test
    void attemptTimeoutOfAStateChangingRequestIsOutcomeUnknown() {
        wm.stubFor(post("/hang").willReturn(aResponse().withFixedDelay(5000)));
        HttpSettings http = Transports.http().responseTimeout(Duration.ofSeconds(30)).build();

        try (PortalHttpClient client = Transports.client(http, Transports.resilience()
                .attemptTimeout(Duration.ofMillis(300)).build())) {
            long start = System.nanoTime();
            catchThrowableOfType(OutcomeUnknownException.class, () -> client.send(
                    PortalRequest.post(uri(wm, "/hang")).form(Map.of("a", "b")).build(), session()));
            assertThat(millisSince(start)).isLessThan(2000);
        }
        wm.verify(1, postRequestedFor(urlEqualTo("/hang")));
    }

    @Test
    void refusedConnectionIsNotSentEvenForAStateChangingRequest() throws IOException {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/kirim");
        }
        try (PortalHttpClient client = Transports.client()) {
            PortalUnavailableException e = catchThrowableOfType(PortalUnavailableException.class, () -> client.send(
                    PortalRequest.post(closed).form(Map.of("a", "b")).build(), session()));

            assertThat(e.delivery()).isEqualTo(Delivery.NOT_SENT);
            assertThat(e.getCause()).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void poolLeaseTimeoutIsNotSent() throws Exception {
        wm.stubFor(get("/file").willReturn(aResponse().withBody("bytes")));
        wm.stubFor(post("/kirim").willReturn(aResponse().withStatus(200)));
        HttpSettings http = Transports.http().poolMaxTotal(1).poolMaxPerRoute(1)
                .poolLeaseTimeout(Duration.ofMillis(200)).build();
        ExecutorService holder = Executors.newSingleThreadExecutor();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (PortalHttpClient client = Transports.client(http, Transports.resilience().build())) {
            HttpExchange exchange = client.exchange(session(), "file.download");
            Future<?> held = holder.submit(() -> exchange.execute(new HttpGet(uri(wm, "/file")), response -> {
                holding.countDown();
                return await(release);
            }));
            assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();

            PortalUnavailableException e = catchThrowableOfType(PortalUnavailableException.class, () -> client.send(
                    PortalRequest.post(uri(wm, "/kirim")).form(Map.of("a", "b")).build(), session()));

            assertThat(e.delivery()).isEqualTo(Delivery.NOT_SENT);
            assertThat(e.getCause()).isInstanceOf(ConnectionRequestTimeoutException.class);
            release.countDown();
            held.get(5, TimeUnit.SECONDS);
        } finally {
            holder.shutdownNow();
        }
        wm.verify(0, postRequestedFor(urlEqualTo("/kirim")));
    }

    private static boolean await(CountDownLatch latch) throws InterruptedIOException {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
    }
}
