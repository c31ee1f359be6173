package io.github.bpsconnector.core.file;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.bpsconnector.core.file.TestFolders.filesIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.FileRejectedException;
import io.github.bpsconnector.core.error.PortalRejectedException;
import io.github.bpsconnector.core.error.PortalUnavailableException;
import io.github.bpsconnector.core.error.RateLimitedException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Size caps, non-2xx answers and transport failures: typed exceptions, and never a file left behind. */
class FileDownloaderLimitsTest {

    @RegisterExtension
    static WireMockExtension portal = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final ErrorContext CONTEXT = ErrorContext.of("romantik", "surat-rekomendasi.unduh");

    @TempDir
    Path folder;

    @RegisterExtension
    final TestExchanges http = new TestExchanges(Duration.ofSeconds(30));

    private FileDownloader downloader(long maxBytes) {
        return FileDownloader.builder(http.exchange()).maxBytes(maxBytes).build();
    }

    @Test
    void contentLengthOverTheCapIsRefusedWithoutReadingTheBody() throws IOException {
        // Headers announce 10 GiB, then nothing comes: reading (or draining) the body would block for 30 s.
        try (LoopbackHttpServer server = new LoopbackHttpServer((index, request, connection) -> {
            LoopbackHttpServer.writeHead(connection.out(), "200 OK", "Content-Type: application/pdf",
                    "Content-Length: " + 10L * 1024 * 1024 * 1024);
            connection.awaitClientClose();
        })) {
            FileDownloader downloader = downloader(1024 * 1024);
            URI uri = server.uri("/surat/1");

            assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                    assertThatThrownBy(() -> downloader.download(CONTEXT, uri, folder))
                            .isInstanceOfSatisfying(FileRejectedException.class, e -> {
                                assertThat(e.reason()).isEqualTo(FileRejectedException.Reason.SIZE);
                                assertThat(e.getMessage()).contains("10737418240", "1048576");
                                assertThat(e.operation()).isEqualTo("surat-rekomendasi.unduh");
                            }));
        }
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void chunkedBodyPastTheCapIsAbortedAndLeavesNoFile() throws IOException {
        // An endless chunked body: only counting and aborting ends this download.
        try (LoopbackHttpServer server = new LoopbackHttpServer((index, request, connection) -> {
            OutputStream out = connection.out();
            LoopbackHttpServer.writeHead(out, "200 OK", "Content-Type: application/pdf",
                    "Transfer-Encoding: chunked");
            byte[] chunk = new byte[8192];
            byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            while (true) {
                out.write(size);
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        })) {
            FileDownloader downloader = downloader(1024 * 1024);
            URI uri = server.uri("/surat/endless");

            assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                    assertThatThrownBy(() -> downloader.download(CONTEXT, uri, folder))
                            .isInstanceOfSatisfying(FileRejectedException.class, e ->
                                    assertThat(e.reason()).isEqualTo(FileRejectedException.Reason.SIZE)));
        }
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void bodyExactlyAtTheCapIsAccepted() {
        byte[] body = PseudoRandomBytes.bytes(7, 4096);
        portal.stubFor(get("/surat/2").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody(body)));

        Download download = downloader(4096).download(CONTEXT, URI.create(portal.url("/surat/2")), folder);

        assertThat(download.size()).isEqualTo(4096);
        assertThat(download.path()).hasBinaryContent(body);
    }

    @Test
    void notFoundIsRejectedWithTheStatusAndOperation() {
        portal.stubFor(get("/surat/3").willReturn(aResponse().withStatus(404)
                .withHeader("X-Request-Id", "req-42").withBody("tidak ditemukan")));

        assertThatThrownBy(() -> downloader(1024).download(CONTEXT, URI.create(portal.url("/surat/3")), folder))
                .isInstanceOfSatisfying(PortalRejectedException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.operation()).isEqualTo("surat-rekomendasi.unduh");
                    assertThat(e.portal()).isEqualTo("romantik");
                    assertThat(e.correlationId()).isEqualTo("req-42");
                    assertThat(e.delivery()).isEqualTo(Delivery.REJECTED);
                });
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void serverErrorIsUnavailableAndRetryable() {
        portal.stubFor(get("/surat/4").willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> downloader(1024).download(CONTEXT, URI.create(portal.url("/surat/4")), folder))
                .isInstanceOfSatisfying(PortalUnavailableException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(503);
                    assertThat(e.delivery()).isEqualTo(Delivery.REJECTED);
                    assertThat(e.retryable()).isTrue();
                });
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void badGatewayLeavesTheOutcomeUnknown() {
        portal.stubFor(get("/surat/5").willReturn(aResponse().withStatus(502)));

        assertThatThrownBy(() -> downloader(1024).download(CONTEXT, URI.create(portal.url("/surat/5")), folder))
                .isInstanceOfSatisfying(PortalUnavailableException.class,
                        e -> assertThat(e.delivery()).isEqualTo(Delivery.OUTCOME_UNKNOWN));
    }

    @Test
    void tooManyRequestsCarriesRetryAfter() {
        portal.stubFor(get("/surat/6").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));

        assertThatThrownBy(() -> downloader(1024).download(CONTEXT, URI.create(portal.url("/surat/6")), folder))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(30)));
        portal.verify(1, getRequestedFor(urlEqualTo("/surat/6")));
    }

    @Test
    void unreachablePortalWasNotSent() throws IOException {
        URI closedPort;
        try (LoopbackHttpServer server = new LoopbackHttpServer((index, request, connection) -> { })) {
            closedPort = server.uri("/surat/7");
        }

        assertThatThrownBy(() -> downloader(1024).download(CONTEXT, closedPort, folder))
                .isInstanceOfSatisfying(PortalUnavailableException.class,
                        e -> assertThat(e.delivery()).isEqualTo(Delivery.NOT_SENT));
        assertThat(filesIn(folder)).isEmpty();
    }
}
