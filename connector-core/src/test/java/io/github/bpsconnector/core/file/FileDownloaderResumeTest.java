package io.github.bpsconnector.core.file;

import static io.github.bpsconnector.core.file.TestFolders.filesIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.FileRejectedException;
import io.github.bpsconnector.core.error.PortalRejectedException;
import io.github.bpsconnector.core.error.PortalUnavailableException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads whose connection drops in the middle of the body. The loopback server announces the full
 * {@code Content-Length}, sends only part of the body and closes the connection: byte-exact interruptions.
 */
class FileDownloaderResumeTest {

    private static final ErrorContext CONTEXT = ErrorContext.of("romantik", "surat-rekomendasi.unduh");
    private static final byte[] BODY = PseudoRandomBytes.bytes(42, 300_000);
    private static final String ETAG = "\"surat-v1\"";

    @TempDir
    Path folder;

    @RegisterExtension
    final TestExchanges http = new TestExchanges(Duration.ofSeconds(10));

    private FileDownloader downloader(int resumes) {
        return FileDownloader.builder(http.exchange()).resume(resumes).build();
    }

    @Test
    void anInterruptedDownloadResumesWithRangeAndAppends() throws IOException {
        try (LoopbackHttpServer server = new LoopbackHttpServer((index, request, connection) -> {
            if (index == 0) {
                writeFull(connection.out(), 100_000);
            } else {
                writePartial(connection.out(), rangeStart(request), rangeStart(request), BODY.length);
            }
        })) {
            Download download = downloader(2).download(CONTEXT, server.uri("/surat/1"), folder);

            assertThat(server.requests()).hasSize(2);
            assertThat(server.requests().get(0).header("Range")).isNull();
            assertThat(server.requests().get(1).header("Range")).isEqualTo("bytes=100000-");
            assertThat(server.requests().get(1).header("If-Range")).isEqualTo(ETAG);
            assertStoredWhole(download);
        }
    }

    @Test
    void severalInterruptionsAreBridgedUpToTheLimit() throws IOException {
        long[] cuts = {40_000, 90_000, 250_000};
        try (LoopbackHttpServer server = new LoopbackHttpServer((index, request, connection) -> {
            long end = index < cuts.length ? cuts[index] : BODY.length;
            if (index == 0) {
                writeFull(connection.out(), end);
            } else {
                writePartial(connection.out(), rangeStart(request), rangeStart(request), end);
            }
        })) {
            Download download = downloader(3).download(CONTEXT, server.uri("/surat/2"), folder);

            assertThat(server.requests()).extracting(r -> r.header("Range"))
                    .containsExactly(null, "bytes=40000-", "bytes=90000-", "bytes=250000-");
            assertStoredWhole(download);
        }
    }

    @Test
    void aServerIgnoringRangeMakesTheDownloadStartAgain() throws IOException {
        try (LoopbackHttpServer server = new LoopbackHttpServer((index, request, connection) ->
                writeFull(connection.out(), index == 0 ? 100_000 : BODY.length))) {
            Download download = downloader(1).download(CONTEXT, server.uri("/surat/3"), folder);

            assertThat(server.requests().get(1).header("Range")).isEqualTo("bytes=100000-");
            assertStoredWhole(download); // the first 100 000 bytes were thrown away, not doubled
        }
    }

    @Test
    void aPartialAnswerForTheWrongRangeMakesTheDownloadStartAgain() throws IOException {
        try (LoopbackHttpServer server = new LoopbackHttpServer((index, request, connection) -> {
            switch (index) {
                case 0 -> writeFull(connection.out(), 100_000);
                case 1 -> writePartial(connection.out(), 100_000, 50_000, BODY.length); // claims 50000-
                default -> writeFull(connection.out(), BODY.length);
            }
        })) {
            Download download = downloader(2).download(CONTEXT, server.uri("/surat/4"), folder);

            assertThat(server.requests()).extracting(r -> r.header("Range"))
                    .containsExactly(null, "bytes=100000-", null);
            assertStoredWhole(download);
        }
    }

    @Test
    void withoutResumeAnInterruptionFailsAndLeavesNothing() throws IOException {
        try (LoopbackHttpServer server = new LoopbackHttpServer((index, request, connection) ->
                writeFull(connection.out(), 100_000))) {
            URI uri = server.uri("/surat/5");

            assertThatThrownBy(() -> downloader(0).download(CONTEXT, uri, folder))
                    .isInstanceOfSatisfying(PortalUnavailableException.class, e -> {
                        assertThat(e.delivery()).isEqualTo(Delivery.OUTCOME_UNKNOWN);
                        assertThat(e.getMessage()).contains("interrupted after 100000 bytes");
                    });
            assertThat(server.requests()).hasSize(1);
        }
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void thePartFileIsKeptForALaterDownloadOfTheSameUri() throws IOException {
        try (LoopbackHttpServer server = new LoopbackHttpServer((index, request, connection) -> {
            switch (index) {
                case 0 -> writeFull(connection.out(), 100_000);
                case 1 -> writePartial(connection.out(), 100_000, 100_000, 200_000);
                default -> writePartial(connection.out(), rangeStart(request), rangeStart(request), BODY.length);
            }
        })) {
            URI uri = server.uri("/surat/6");

            assertThatThrownBy(() -> downloader(1).download(CONTEXT, uri, folder))
                    .isInstanceOf(PortalUnavailableException.class)
                    .hasMessageContaining("interrupted after 200000 bytes and 1 resumes");
            Path part = folder.resolve(PartFile.nameFor(uri));
            assertThat(filesIn(folder)).containsExactly(part.getFileName().toString());
            assertThat(Files.size(part)).isEqualTo(200_000);

            Download download = downloader(1).download(CONTEXT, uri, folder);

            assertThat(server.requests().get(2).header("Range")).isEqualTo("bytes=200000-");
            assertStoredWhole(download);
        }
    }

    @Test
    void aRefusalDuringResumeDeletesThePartFile() throws IOException {
        try (LoopbackHttpServer server = new LoopbackHttpServer((index, request, connection) -> {
            if (index == 0) {
                writeFull(connection.out(), 100_000);
            } else {
                LoopbackHttpServer.writeHead(connection.out(), "404 Not Found", "Content-Length: 0");
            }
        })) {
            URI uri = server.uri("/surat/7");

            assertThatThrownBy(() -> downloader(3).download(CONTEXT, uri, folder))
                    .isInstanceOfSatisfying(PortalRejectedException.class,
                            e -> assertThat(e.httpStatus()).isEqualTo(404));
        }
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void aSecondDownloadOfTheSameUriIntoTheSameFolderIsRefusedWhileTheFirstRuns() throws IOException {
        URI uri = URI.create("http://127.0.0.1:9/surat/8"); // never contacted
        try (PartFile running = PartFile.forResume(TargetFolder.of(folder), uri)) {
            running.write(new byte[] {1, 2, 3}, 3);

            assertThatThrownBy(() -> downloader(1).download(CONTEXT, uri, folder))
                    .isInstanceOfSatisfying(FileRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(FileRejectedException.Reason.IO));
            assertThat(running.size()).isEqualTo(3); // the running download's part file was not touched
        }
    }

    /** {@code 200} announcing the whole body, then bytes {@code [0, end)}, then the connection closes. */
    private static void writeFull(OutputStream out, long end) throws IOException {
        LoopbackHttpServer.writeHead(out, "200 OK", "Content-Type: application/pdf", "ETag: " + ETAG,
                "Content-Disposition: attachment; filename=\"Surat-Rekomendasi.pdf\"",
                "Content-Length: " + BODY.length);
        out.write(BODY, 0, (int) end);
    }

    /**
     * {@code 206} claiming the range from {@code claimedStart}, then bytes {@code [start, end)}. Like common servers
     * it repeats {@code Content-Disposition}.
     */
    private static void writePartial(OutputStream out, long start, long claimedStart, long end) throws IOException {
        LoopbackHttpServer.writeHead(out, "206 Partial Content", "Content-Type: application/pdf",
                "ETag: " + ETAG, "Content-Disposition: attachment; filename=\"Surat-Rekomendasi.pdf\"",
                "Content-Range: bytes " + claimedStart + "-" + (BODY.length - 1) + "/" + BODY.length,
                "Content-Length: " + (BODY.length - claimedStart));
        out.write(BODY, (int) start, (int) (end - start));
    }

    private static long rangeStart(LoopbackHttpServer.Request request) {
        String range = request.header("Range");
        return Long.parseLong(range.substring("bytes=".length(), range.length() - 1));
    }

    private void assertStoredWhole(Download download) {
        assertThat(download.path()).hasBinaryContent(BODY);
        assertThat(download.size()).isEqualTo(BODY.length);
        assertThat(download.sha256()).isEqualTo(sha256(BODY));
        assertThat(download.path().getFileName()).hasToString("Surat-Rekomendasi.pdf");
        assertThat(filesIn(folder)).containsExactly("Surat-Rekomendasi.pdf"); // no part file left
    }

    private static String sha256(byte[] bytes) {
        MessageDigest digest = Sha256.newDigest();
        return HexFormat.of().formatHex(digest.digest(bytes));
    }
}
