package io.github.bpsconnector.testkit.romantik;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.testkit.RawHttp.Reply;
import io.github.bpsconnector.testkit.SimClock;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh simulated Romantik per test, a browser, and steps of the producer's flow over raw HTTP. */
abstract class RomantikHttpTestBase {

    static final String PRODUSEN = SimulatedRomantik.DEMO_PRODUSEN_EMAIL;
    static final String PRODUSEN_PASSWORD = SimulatedRomantik.DEMO_PRODUSEN_PASSWORD;
    static final String WALIDATA = SimulatedRomantik.DEMO_WALIDATA_EMAIL;
    static final String WALIDATA_PASSWORD = SimulatedRomantik.DEMO_WALIDATA_PASSWORD;
    static final List<String> CATATAN = List.of("Cantumkan identitas rekomendasi pada kuesioner.",
            "Gunakan konsep dan definisi baku.", "Laporkan metadata kegiatan ke INDAH.");

    final SimClock clock = new SimClock(Instant.parse("2026-03-05T02:00:00Z"));
    SimulatedRomantik romantik;
    Browser browser;

    @BeforeEach
    void startRomantik() {
        romantik = new SimulatedRomantik(clock, 0);
        romantik.start();
        browser = new Browser(romantik.baseUrl());
    }

    @AfterEach
    void stopRomantik() throws IOException {
        browser.close();
        romantik.close();
    }

    static Map<String, List<String>> one(String name, String value) {
        return Map.of(name, List.of(value));
    }

    /** Logs the producer in (SSO) and creates a survey through "Ajukan Rekomendasi"; returns its id. */
    long loginAndCreate() {
        browser.loginSso(PRODUSEN, PRODUSEN_PASSWORD);
        Reply created = browser.submit(browser.open("/pengajuan/baru"), "form#form-blok",
                SampleForm.block(0, clock.today()));
        assertThat(created.status()).isEqualTo(302);
        String location = created.header("Location").orElseThrow();
        assertThat(location).matches("/pengajuan/\\d+/blok/1");
        return Long.parseLong(location.split("/")[2]);
    }

    /** Fills Blok I–VIII through their pages and uploads the KAK and the questionnaire. */
    void fillAllBlocks(long id) {
        for (int n = 1; n <= 8; n++) {
            Reply saved = browser.submit(browser.open("/pengajuan/" + id + "/blok/" + n), "form#form-blok",
                    SampleForm.block(n, clock.today()));
            assertThat(saved.status()).as("Blok %d", n).isEqualTo(302);
            assertThat(saved.header("Location")).hasValue("/pengajuan/" + id + "/blok/" + (n + 1));
        }
        upload(id, "KAK", "kak.pdf");
        upload(id, "KUESIONER", "kuesioner.pdf");
        Reply last = browser.submit(browser.open("/pengajuan/" + id + "/blok/9"), "form#form-blok", Map.of());
        assertThat(last.header("Location")).hasValue("/pengajuan/" + id + "/ringkasan");
    }

    Reply upload(long id, String jenis, String fileName) {
        Document page = browser.open("/pengajuan/" + id + "/blok/9");
        Reply reply = browser.postMultipart(page.expectFirst("form#form-berkas").attr("action"),
                Map.of("_token", csrf(page), "jenis", jenis), "berkas", fileName, SampleForm.pdf(fileName));
        assertThat(reply.status()).as("upload %s", jenis).isEqualTo(302);
        return reply;
    }

    /** "Kirim Formulir" from the resume page. */
    Reply kirim(long id) {
        return browser.submit(browser.open("/pengajuan/" + id + "/ringkasan"), "form#form-kirim", Map.of());
    }

    static String csrf(Document page) {
        return page.expectFirst("input[name=_token]").val();
    }

    /** The three status columns of the detail page. */
    List<String> columns(long id) {
        Document detail = browser.open("/pengajuan/" + id);
        return List.of(detail.expectFirst("#status-pengajuan").text(), detail.expectFirst("#status-walidata").text(),
                detail.expectFirst("#status-perbaikan").text());
    }
}
