package io.github.bpsconnector.core.file;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.bpsconnector.core.file.TestFolders.filesIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.bpsconnector.core.error.ErrorContext;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever name the server sends, the file lands directly in the target folder under a sensible name. */
class FileDownloaderNamesTest {

    @RegisterExtension
    static WireMockExtension portal = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final ErrorContext CONTEXT = ErrorContext.of("romantik", "surat-rekomendasi.unduh");
    private static final byte[] PDF = "%PDF-1.7\nSurat Rekomendasi\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path folder;

    @RegisterExtension
    final TestExchanges http = new TestExchanges(Duration.ofSeconds(10));

    private FileDownloader downloader() {
        return FileDownloader.builder(http.exchange()).build();
    }

    static Stream<Arguments> hostileNames() {
        String thousand = "x".repeat(996) + ".pdf";
        return Stream.of(
                Arguments.of("attachment; filename=\"../../etc/passwd\"", "passwd", "../../etc/passwd"),
                Arguments.of("attachment; filename=\"..\\\\..\\\\x\"", "x", "..\\..\\x"),
                Arguments.of("attachment; filename=\"CON\"", "_CON", "CON"),
                Arguments.of("attachment; filename=\"con.txt\"", "_con.txt", "con.txt"),
                Arguments.of("attachment; filename*=UTF-8''a%00b", "ab", "a\u0000b"),
                Arguments.of("attachment; filename=\"" + thousand + "\"", "x".repeat(196) + ".pdf", thousand),
                Arguments.of("attachment; filename*=UTF-8''%2e%2e%2f%2e%2e%2fx", "x", "../../x"),
                Arguments.of("attachment; filename=\"Surat-Rekomendasi.pdf\"; "
                                + "filename*=UTF-8''Surat%20Rekomendasi%20%E2%80%93%20Jember%20%E2%82%AC.pdf",
                        "Surat Rekomendasi – Jember €.pdf", "Surat Rekomendasi – Jember €.pdf"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("hostileNames")
    void landsInsideTheFolderUnderASafeName(String disposition, String expectedName, String originalName)
            throws IOException {
        portal.stubFor(get("/surat/1").willReturn(pdf().withHeader("Content-Disposition", disposition)));

        Download download = downloader().download(CONTEXT, URI.create(portal.url("/surat/1")), folder);

        assertThat(download.path().getParent()).isEqualTo(folder.toRealPath());
        assertThat(download.path().getFileName()).hasToString(expectedName);
        assertThat(download.path()).hasBinaryContent(PDF);
        assertThat(download.originalName()).isEqualTo(originalName);
        assertThat(filesIn(folder)).containsExactly(expectedName);
    }

    @Test
    void anEmptyNameGetsAGeneratedOneWithTheExtensionOfTheContentType() {
        // neither the header nor the URI (whose last segment is empty) gives a usable name
        portal.stubFor(get("/surat/2/").willReturn(pdf().withHeader("Content-Disposition", "attachment; filename=\"\"")));

        Download download = downloader().download(CONTEXT, URI.create(portal.url("/surat/2/")), folder);

        assertThat(download.path().getFileName().toString()).matches("download-[0-9A-Z]{26}\\.pdf");
        assertThat(download.path()).hasBinaryContent(PDF);
        assertThat(download.originalName()).isEmpty();
    }

    @Test
    void withoutAHeaderTheUriNamesTheFileAndTheContentTypeItsExtension() {
        portal.stubFor(get(urlPathEqualTo("/pengajuan/12/surat-rekomendasi")).willReturn(pdf()));

        Download download = downloader().download(CONTEXT,
                URI.create(portal.url("/pengajuan/12/surat-rekomendasi?token=rahasia")), folder);

        assertThat(download.path().getFileName()).hasToString("surat-rekomendasi.pdf");
        assertThat(download.originalName()).isNull();
        assertThat(download.originalNameIfSent()).isEmpty();
        assertThat(download.contentType()).isEqualTo("application/pdf");
    }

    @Test
    void aNameThatIsTakenGetsASuffixAndTheExistingFileIsUntouched() throws IOException {
        byte[] existing = "arsip lama, jangan ditimpa".getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve("Surat-Rekomendasi-B-12.pdf"), existing);
        portal.stubFor(get("/surat/3").willReturn(pdf()
                .withHeader("Content-Disposition", "attachment; filename=\"Surat-Rekomendasi-B-12.pdf\"")));
        URI uri = URI.create(portal.url("/surat/3"));

        Download first = downloader().download(CONTEXT, uri, folder);
        Download second = downloader().download(CONTEXT, uri, folder);

        assertThat(first.path().getFileName()).hasToString("Surat-Rekomendasi-B-12 (1).pdf");
        assertThat(second.path().getFileName()).hasToString("Surat-Rekomendasi-B-12 (2).pdf");
        assertThat(folder.resolve("Surat-Rekomendasi-B-12.pdf")).hasBinaryContent(existing);
        assertThat(first.path()).hasBinaryContent(PDF);
        assertThat(filesIn(folder)).hasSize(3);
    }

    @Test
    void reportsSizeShaAndContentTypeOfWhatWasStored() throws Exception {
        portal.stubFor(get("/surat/4").willReturn(pdf()
                .withHeader("Content-Disposition", "attachment; filename=\"surat.pdf\"")));

        Download download = downloader().download(CONTEXT, URI.create(portal.url("/surat/4")), folder);

        assertThat(download.size()).isEqualTo(PDF.length);
        assertThat(download.sha256()).isEqualTo(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        assertThat(download.contentType()).isEqualTo("application/pdf");
    }

    private static ResponseDefinitionBuilder pdf() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/pdf").withBody(PDF);
    }
}
