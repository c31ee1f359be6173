package io.github.bpsconnector.core.file;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.bpsconnector.core.error.ErrorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.HttpEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class MultipartUploadTest {

    @RegisterExtension
    static WireMockExtension portal = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final ErrorContext CONTEXT = ErrorContext.of("romantik", "berkas.unggah");

    @TempDir
    Path folder;

    @RegisterExtension
    final TestExchanges http = new TestExchanges(Duration.ofSeconds(10));

    @Test
    void sendsTheFileFromDiskWithTextFieldsAndReportsProgressUpToTheTotal() throws IOException {
        byte[] content = UploadFileTest.pdfBytes(300_000);
        UploadFile kak = UploadFile.check(CONTEXT, Files.write(folder.resolve("KAK Survei 2026.pdf"), content),
                10L * 1024 * 1024, FileType.PDF);
        portal.stubFor(post("/pengajuan/7/berkas").willReturn(aResponse().withStatus(302)
                .withHeader("Location", "/pengajuan/7")));
        List<long[]> progress = new CopyOnWriteArrayList<>();
        HttpEntity body = MultipartUpload.builder()
                .text("_token", "csrf-value")
                .text("keterangan", "Kerangka Acuan Kerja – revisi")
                .file("berkas", kak)
                .progress((sent, total) -> progress.add(new long[] {sent, total}))
                .build();
        HttpPost request = new HttpPost(portal.url("/pengajuan/7/berkas"));
        request.setEntity(body);

        int status = http.exchange().execute(request, response -> response.getCode());

        assertThat(status).isEqualTo(302);
        portal.verify(postRequestedFor(urlEqualTo("/pengajuan/7/berkas"))
                .withHeader("Content-Type", containing("multipart/form-data; boundary="))
                .withRequestBodyPart(aMultipart("_token").withBody(equalTo("csrf-value")).build())
                .withRequestBodyPart(aMultipart("keterangan")
                        .withBody(equalTo("Kerangka Acuan Kerja – revisi")).build())
                .withRequestBodyPart(aMultipart("berkas")
                        .withHeader("Content-Type", equalTo("application/pdf"))
                        .withHeader("Content-Disposition", containing("filename=\"KAK Survei 2026.pdf\""))
                        .withBody(binaryEqualTo(content)).build()));
        long received = portal.getAllServeEvents().get(0).getRequest().getBody().length;
        long[] last = progress.get(progress.size() - 1);
        assertThat(body.getContentLength()).isEqualTo(received);
        assertThat(last).containsExactly(received, received);
        assertThat(progress).hasSizeGreaterThan(10); // reported while streaming, not once at the end
        for (int i = 1; i < progress.size(); i++) {
            assertThat(progress.get(i)[0]).isGreaterThan(progress.get(i - 1)[0]);
        }
    }

    @Test
    void writesANonAsciiFileNameAsRawUtf8LikeABrowser() throws IOException {
        UploadFile komitmen = UploadFile.check(CONTEXT,
                Files.write(folder.resolve("Surat Komitmen – Jember €.pdf"), UploadFileTest.pdfBytes(100)),
                5L * 1024 * 1024, FileType.PDF);
        ByteArrayOutputStream written = new ByteArrayOutputStream();

        HttpEntity body = MultipartUpload.builder().file("berkas", komitmen).build();
        body.writeTo(written);

        assertThat(body.getContentType()).startsWith("multipart/form-data; boundary=");
        assertThat(written.toString(StandardCharsets.UTF_8))
                .contains("Content-Disposition: form-data; name=\"berkas\"; filename=\"Surat Komitmen – Jember €.pdf\"")
                .contains("filename*=\"UTF-8''Surat%20Komitmen%20%E2%80%93%20Jember%20%E2%82%AC.pdf\"")
                .contains("Content-Type: application/pdf");
    }

    @Test
    void theBodyCanBeWrittenAgainAndProgressStartsOver() throws IOException {
        byte[] content = UploadFileTest.pdfBytes(10_000);
        UploadFile komitmen = UploadFile.check(CONTEXT, Files.write(folder.resolve("komitmen.pdf"), content),
                5L * 1024 * 1024, FileType.PDF);
        List<Long> sent = new CopyOnWriteArrayList<>();
        HttpEntity body = MultipartUpload.builder().file("berkas", komitmen)
                .progress((bytes, total) -> sent.add(bytes)).build();
        portal.stubFor(post("/komitmen").willReturn(aResponse().withStatus(302)));

        for (int attempt = 0; attempt < 2; attempt++) {
            HttpPost request = new HttpPost(portal.url("/komitmen"));
            request.setEntity(body);
            http.exchange().execute(request, response -> response.getCode());
        }

        assertThat(body.isRepeatable()).isTrue();
        assertThat(sent).filteredOn(bytes -> bytes == body.getContentLength()).hasSize(2);
        portal.verify(2, postRequestedFor(urlEqualTo("/komitmen"))
                .withRequestBodyPart(aMultipart("berkas").withBody(binaryEqualTo(content)).build()));
    }
}
