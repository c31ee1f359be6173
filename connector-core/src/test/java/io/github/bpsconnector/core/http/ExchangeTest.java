package io.github.bpsconnector.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.bpsconnector.core.http.Transports.millisSince;
import static io.github.bpsconnector.core.http.Transports.session;
import static io.github.bpsconnector.core.http.Transports.uri;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.FileRejectedException;
import io.github.bpsconnector.core.error.PortalUnavailableException;
import io.github.bpsconnector.core.file.Download;
import io.github.bpsconnector.core.file.FileDownloader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streaming handlers through {@link PortalHttpClient#exchange}, under the same resilience as buffered calls. */
class ExchangeTest extends PortalTransportTest {

    @Test
    void streamingGetIsRetriedAndFailureStatusesNeverReachTheHandler() throws Exception {
        wm.stubFor(get("/surat.pdf").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
        wm.stubFor(get("/surat.pdf").inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withBody("%PDF-1.7 surat")));
        List<Integer> seen = new ArrayList<>();

        String body = client.exchange(session(), "surat.unduh").execute(new HttpGet(uri(wm, "/surat.pdf")),
                response -> {
                    seen.add(response.getCode());
                    try (InputStream in = response.getEntity().getContent()) {
                        return new String(in.readAllBytes());
                    }
                });

        assertThat(body).isEqualTo("%PDF-1.7 surat");
        assertThat(seen).containsExactly(200);
        wm.verify(2, getRequestedFor(urlEqualTo("/surat.pdf")));
    }

    @Test
    void persistentServerErrorEndsTyped() {
        wm.stubFor(get("/surat.pdf").willReturn(aResponse().withStatus(503)));

        PortalUnavailableException e = catchThrowableOfType(PortalUnavailableException.class,
                () -> client.exchange(session(), "surat.unduh").execute(new HttpGet(uri(wm, "/surat.pdf")),
                        response -> "never"));

        assertThat(e.operation()).isEqualTo("surat.unduh");
        assertThat(e.delivery()).isEqualTo(Delivery.REJECTED);
        wm.verify(3, getRequestedFor(urlEqualTo("/surat.pdf")));
    }

    @Test
    void handlerRefusingTheBodyDiscardsTheConnectionInsteadOfReadingOn() {
        // 30 s of dribble: draining the body on close would take that long
        wm.stubFor(get("/huge.pdf").willReturn(aResponse().withBody(new byte[1_000_000])
                .withChunkedDribbleDelay(100, 30_000)));

        long start = System.nanoTime();
        FileRejectedException e = catchThrowableOfType(FileRejectedException.class,
                () -> client.exchange(session(), "surat.unduh").execute(new HttpGet(uri(wm, "/huge.pdf")),
                        response -> {
                            response.getEntity().getContent().read(new byte[100]);
                            throw new FileRejectedException(ErrorContext.of("test", "surat.unduh"),
                                    FileRejectedException.Reason.SIZE, "too large", null);
                        }));

        assertThat(e.reason()).isEqualTo(FileRejectedException.Reason.SIZE);
        assertThat(millisSince(start)).isLessThan(5000);
        wm.verify(1, getRequestedFor(urlEqualTo("/huge.pdf")));
    }

    @Test
    void fileDownloaderRunsThroughTheResilientExchange(@TempDir Path folder) throws Exception {
        wm.stubFor(get("/surat/7").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        wm.stubFor(get("/surat/7").inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withHeader("Content-Type", "application/pdf")
                        .withHeader("Content-Disposition", "attachment; filename=\"surat-rekomendasi.pdf\"")
                        .withBody("%PDF-1.7 surat rekomendasi")));

        Download download = FileDownloader.builder(client.exchange(session(), "surat.unduh")).build()
                .download(ErrorContext.of("test", "surat.unduh"), uri(wm, "/surat/7"), folder);

        assertThat(Files.readString(download.path())).isEqualTo("%PDF-1.7 surat rekomendasi");
        assertThat(download.path().getFileName()).hasToString("surat-rekomendasi.pdf");
        wm.verify(2, getRequestedFor(urlEqualTo("/surat/7")));
    }
}
