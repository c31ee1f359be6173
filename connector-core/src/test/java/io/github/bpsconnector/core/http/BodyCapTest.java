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

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.OutcomeUnknownException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bodies over the cap of their kind are refused without being read to the end. */
class BodyCapTest {

    private static final Path FILES = Path.of("target", "body-cap-test");

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** Serves the 50 MB file; no request journal, which would copy every body it serves. */
    @RegisterExtension
    static WireMockExtension big = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()
            .usingFilesUnderDirectory(FILES.toString()).disableRequestJournal()).build();

    private static final int CAP = 64 * 1024;
    private static final byte[] ONE_MB = new byte[1024 * 1024];
    private static PortalHttpClient client;

    @BeforeAll
    static void start() throws IOException {
        Files.createDirectories(FILES.resolve("__files"));
        Files.write(FILES.resolve("__files/50mb.html"), new byte[50 * 1024 * 1024]);
        Files.write(FILES.resolve("__files/10mb.html"), new byte[10 * 1024 * 1024]);
        Arrays.fill(ONE_MB, (byte) 'a');
        HttpSettings http = Transports.http().maxHtmlBytes(CAP).maxJsonBytes(2 * CAP)
                .responseTimeout(Duration.ofSeconds(10)).build();
        client = Transports.client(http, Transports.resilience().build());
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    @Test
    void fiftyMegabytePageIsRefusedFastWithATypedError() {
        big.stubFor(get("/big").willReturn(aResponse().withHeader("Content-Type", "text/html")
                .withBodyFile("50mb.html")));

        long start = System.nanoTime();
        ResponseTooLargeException e = catchThrowableOfType(ResponseTooLargeException.class,
                () -> client.send(PortalRequest.get(uri(big, "/big")).build(), session()));

        assertThat(millisSince(start)).isLessThan(5000);
        assertThat(e.maxBytes()).isEqualTo(CAP);
        assertThat(e.httpStatus()).isEqualTo(200);
        assertThat(e.delivery()).isEqualTo(Delivery.REJECTED);
    }

    @Test
    void overCapPageIsNotRetried() {
        wm.stubFor(get("/big").willReturn(aResponse().withBody(ONE_MB)));

        catchThrowableOfType(ResponseTooLargeException.class,
                () -> client.send(PortalRequest.get(uri(wm, "/big")).build(), session()));

        wm.verify(1, getRequestedFor(urlEqualTo("/big")));
    }

    @Test
    void dribbledChunkedBodyWithoutContentLengthIsCutJustPastTheCap() {
        // 10 MB in 100 chunks over 30 s: reading it all would take 30 s; the first 100 KB chunk is past the cap
        big.stubFor(get("/dribble").willReturn(aResponse().withBodyFile("10mb.html")
                .withChunkedDribbleDelay(100, 30_000)));

        long start = System.nanoTime();
        catchThrowableOfType(ResponseTooLargeException.class,
                () -> client.send(PortalRequest.get(uri(big, "/dribble")).build(), session()));

        assertThat(millisSince(start)).isLessThan(10_000);
    }

    @Test
    void declaredContentLengthIsCheckedBeforeReadingAnyOfTheBody() throws Exception {
        String head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 52428800\r\n\r\n";
        try (StallingServer server = new StallingServer(head, new byte[100])) {
            long start = System.nanoTime();
            ResponseTooLargeException e = catchThrowableOfType(ResponseTooLargeException.class,
                    () -> client.send(PortalRequest.get(server.uri("/big")).build(), session()));

            assertThat(millisSince(start)).isLessThan(3000); // reading on would wait 10 s for bytes never sent
            assertThat(e.getMessage()).contains("Content-Length 52428800");
        }
    }

    @Test
    void chunkedBodyStoppedJustPastTheCapWithoutWaitingForTheRest() throws Exception {
        String head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n";
        byte[] chunk = ("10001\r\n" + "a".repeat(0x10001) + "\r\n").getBytes();
        try (StallingServer server = new StallingServer(head, chunk)) {
            long start = System.nanoTime();
            catchThrowableOfType(ResponseTooLargeException.class,
                    () -> client.send(PortalRequest.get(server.uri("/big")).build(), session()));

            assertThat(millisSince(start)).isLessThan(3000);
        }
    }

    @Test
    void bodyAtTheCapIsRead() {
        wm.stubFor(get("/exact").willReturn(aResponse().withBody(Arrays.copyOf(ONE_MB, CAP))
                .withChunkedDribbleDelay(4, 100)));

        PortalResponse response = client.send(PortalRequest.get(uri(wm, "/exact")).build(), session());

        assertThat(response.bodyLength()).isEqualTo(CAP);
    }

    @Test
    void jsonHasItsOwnCap() {
        wm.stubFor(get("/data").willReturn(aResponse().withBody(Arrays.copyOf(ONE_MB, CAP + 1))));

        assertThat(client.send(PortalRequest.get(uri(wm, "/data")).expect(BodyKind.JSON).build(), session())
                .bodyLength()).isEqualTo(CAP + 1);
        catchThrowableOfType(ResponseTooLargeException.class,
                () -> client.send(PortalRequest.get(uri(wm, "/data")).build(), session()));
    }

    @Test
    void overCapAnswerToAStateChangingRequestIsOutcomeUnknown() {
        wm.stubFor(post("/kirim").willReturn(aResponse().withBody(ONE_MB)));

        OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class, () -> client.send(
                PortalRequest.post(uri(wm, "/kirim")).form(Map.of("a", "b")).build(), session()));

        assertThat(e.delivery()).isEqualTo(Delivery.OUTCOME_UNKNOWN);
        assertThat(e.getCause()).isInstanceOf(ResponseTooLargeException.class);
        wm.verify(1, postRequestedFor(urlEqualTo("/kirim")));
    }
}
