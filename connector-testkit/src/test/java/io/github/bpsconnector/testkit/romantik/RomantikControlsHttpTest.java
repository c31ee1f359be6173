package io.github.bpsconnector.testkit.romantik;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bpsconnector.testkit.RawHttp;
import io.github.bpsconnector.testkit.RawHttp.Reply;
import io.github.bpsconnector.testkit.SimJson;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code /__sim/romantik/...} controls over HTTP, for standalone use. */
class RomantikControlsHttpTest extends RomantikHttpTestBase {

    private Reply control(RawHttp http, String method, String path, String json) {
        RawHttp.Call call = http.call(method, "/__sim/romantik" + path);
        return (json == null ? call : call.json(json)).send();
    }

    @Test
    void accountsOrganisationsAndTheImportedSession() throws IOException {
        try (RawHttp http = new RawHttp(romantik.baseUrl())) {
            assertThat(control(http, "POST", "/wilayah", "{\"kode\":\"3511\",\"nama\":\"Kabupaten Bondowoso\"}")
                    .status()).isEqualTo(201);
            assertThat(control(http, "POST", "/instansi", "{\"id\":\"351101\",\"nama\":\"Dinas Sosial Kabupaten "
                    + "Bondowoso\",\"tingkat\":\"KABUPATEN_KOTA\",\"kodeWilayah\":\"3511\",\"induk\":\"Pemerintah "
                    + "Kabupaten Bondowoso\"}").status()).isEqualTo(201);
            Reply added = control(http, "POST", "/accounts", "{\"email\":\"dinsos@bondowoso.example\",\"password\":"
                    + "\"rahasia\",\"nama\":\"Dinsos\",\"peran\":\"PRODUSEN_DATA\",\"instansiId\":\"351101\"}");
            assertThat(added.status()).isEqualTo(201);
            assertThat(added.json().get("profil").get("wilayah").asText()).isEqualTo("3511");
            assertThat(added.text()).doesNotContain("rahasia");

            JsonNode accounts = control(http, "GET", "/accounts", null).json().get("accounts");
            assertThat(accounts).extracting(node -> node.get("email").asText()).contains(PRODUSEN, WALIDATA,
                    "dinsos@bondowoso.example");
            assertThat(control(http, "POST", "/accounts", "{\"email\":\"x@y.z\",\"password\":\"p\",\"peran\":"
                    + "\"PEMBINA_DATA\"}").status()).isEqualTo(400);

            Reply session = control(http, "POST", "/sessions", "{\"email\":\"dinsos@bondowoso.example\"}");
            browser.setCookie(session.json().get("cookie").asText(), session.json().get("value").asText());
            assertThat(browser.open("/beranda").expectFirst("#user-instansi").text())
                    .isEqualTo("Dinas Sosial Kabupaten Bondowoso");

            assertThat(control(http, "PUT", "/login-mode", "{\"mode\":\"FORM\"}").json().get("mode").asText())
                    .isEqualTo("FORM");
            assertThat(browser.get("/login").status()).as("logged in: straight home").isEqualTo(302);
            assertThat(control(http, "POST", "/sessions/expire", "{}").status()).isEqualTo(200);
            assertThat(browser.open("/login").select("form#login-form")).hasSize(1);
        }
    }

    @Test
    void theReviewerPlaysWalidataAndPembinaDataAndRefusesStepsOutOfTurn() throws IOException {
        long id = loginAndCreate();
        fillAllBlocks(id);
        try (RawHttp http = new RawHttp(romantik.baseUrl())) {
            assertThat(control(http, "POST", "/pengajuan/" + id + "/walidata", "{\"keputusan\":\"SETUJUI\"}").status())
                    .as("not sent yet").isEqualTo(409);
            kirim(id);

            Reply approved = control(http, "POST", "/pengajuan/" + id + "/walidata",
                    "{\"keputusan\":\"SETUJUI\",\"catatan\":\"Tidak duplikasi.\"}");
            assertThat(approved.json().get("statusWalidata").asText()).isEqualTo("disetujui");
            Reply layakTooEarly = control(http, "POST", "/pengajuan/" + id + "/layak",
                    "{\"catatanRekomendasi\":[\"a\",\"b\",\"c\"]}");
            assertThat(layakTooEarly.status()).isEqualTo(409);
            assertThat(layakTooEarly.json().get("error").asText())
                    .isEqualTo("Pengajuan ini tidak sedang diperiksa Pembina Data.");

            control(http, "POST", "/pengajuan/" + id + "/pemeriksaan", null);
            Reply noNote = control(http, "POST", "/pengajuan/" + id + "/perbaikan", "{}");
            assertThat(noNote.status()).isEqualTo(409);
            assertThat(noNote.json().get("fieldErrors").has("catatan")).isTrue();
            Reply twoNotes = control(http, "POST", "/pengajuan/" + id + "/layak",
                    "{\"catatanRekomendasi\":[\"a\",\"b\"]}");
            assertThat(twoNotes.status()).isEqualTo(409);

            assertThat(control(http, "PUT", "/numbering", "{\"kodeKantor\":\"3509\",\"tahun\":2026,\"next\":4}")
                    .status()).isEqualTo(200);
            control(http, "POST", "/pengajuan/" + id + "/layak", "{\"catatanRekomendasi\":"
                    + SimJson.mapper().valueToTree(CATATAN).toString() + "}");
            JsonNode issued = control(http, "POST", "/pengajuan/" + id + "/terbitkan", null).json();
            assertThat(issued.get("statusPengajuan").asText()).isEqualTo("layak");
            assertThat(issued.get("nomorRekomendasi").asText()).isEqualTo("V-26.3509.004");
            assertThat(issued.get("surat").get("nomorSurat").asText()).isEqualTo("B-1/3509/VS.300/2026");
            assertThat(issued.get("catatan")).extracting(n -> n.get("keputusan").asText())
                    .containsExactly("Disetujui", "Layak");

            JsonNode one = control(http, "GET", "/pengajuan/" + id, null).json();
            assertThat(one.get("values").get("judul_kegiatan").get(0).asText()).isEqualTo(SampleForm.JUDUL);
            assertThat(one.get("berkas")).extracting(n -> n.get("jenis").asText()).containsExactly("KAK", "KUESIONER");
            assertThat(one.toString()).doesNotContain("%PDF");
            assertThat(control(http, "GET", "/pengajuan/999", null).status()).isEqualTo(404);
            assertThat(control(http, "GET", "/pengajuan", null).json().get("pengajuan")).hasSize(1);
        }
    }

    @Test
    void naturalKeysCountersAndDuplicates() throws IOException {
        loginAndCreate();
        browser.submit(browser.open("/pengajuan/baru"), "form#form-blok", Map.of("judul_kegiatan",
                List.of("  SURVEI Kepuasan Pasien Puskesmas Kabupaten Jember 2026 "), "tahun", List.of("2026"),
                "cara_pengumpulan_data", List.of("SURVEI")));
        try (RawHttp http = new RawHttp(romantik.baseUrl())) {
            JsonNode count = control(http, "GET", "/natural-keys/count?judul=survei+kepuasan+pasien+puskesmas"
                    + "+kabupaten+jember+2026&tahun=2026&instansiId=350901", null).json();
            assertThat(count.get("count").asInt()).isEqualTo(2);

            JsonNode duplicates = http.get("/__sim/duplicates").json().get("duplicates");
            assertThat(duplicates.get("survei kepuasan pasien puskesmas kabupaten jember 2026|2026|350901").asLong())
                    .isEqualTo(2);
            JsonNode counters = control(http, "GET", "/counters", null).json();
            assertThat(counters.get("pengajuanCreated").asLong()).isEqualTo(2);
            assertThat(counters.get("loginsSucceeded").asLong()).isEqualTo(1);
            assertThat(http.get("/__sim/counters").json().get("requests").get("POST /pengajuan").asLong())
                    .isEqualTo(2);
        }
    }
}
