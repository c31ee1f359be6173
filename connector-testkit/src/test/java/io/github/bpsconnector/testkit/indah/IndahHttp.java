package io.github.bpsconnector.testkit.indah;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.testkit.RawHttp;
import io.github.bpsconnector.testkit.SimJson;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Raw-HTTP helpers for the INDAH tests: logins and envelopes, nothing from a client library. */
final class IndahHttp implements AutoCloseable {

    static final String KEGIATAN = "/sdi/v2/metadata-statistik/kegiatan";
    static final String VARIABEL = "/sdi/v2/metadata-statistik/variabel";
    static final String INDIKATOR = "/sdi/v2/metadata-statistik/indikator";

    final RawHttp http;
    private final SimulatedIndah indah;

    IndahHttp(SimulatedIndah indah) {
        this.indah = indah;
        this.http = new RawHttp(indah.baseUrl());
    }

    /** Logs in over HTTP, solving the captcha through the {@code /__sim} control when it is on. */
    String login(String username, String password) {
        ObjectNode body = SimJson.object().put("username", username).put("password", password)
                .put("rememberMe", false);
        if (http.get("/__sim/captcha").json().get("required").asBoolean()) {
            String captchaId = http.get("/api/captcha").json().get("captchaId").asText();
            String answer = http.get("/__sim/captcha/" + captchaId).json().get("answer").asText();
            body.put("captchaId", captchaId).put("captcha", answer);
        }
        RawHttp.Reply reply = http.postJson("/api/authenticate", body.toString());
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.json().get("token").asText();
    }

    String walidata() {
        return login(IndahDemoData.WALIDATA_USERNAME, IndahDemoData.WALIDATA_PASSWORD);
    }

    String produsen() {
        return login(IndahDemoData.PRODUSEN_USERNAME, IndahDemoData.PRODUSEN_PASSWORD);
    }

    String pembina() {
        return login(IndahDemoData.PEMBINA_USERNAME, IndahDemoData.PEMBINA_PASSWORD);
    }

    RawHttp.Reply get(String token, String path) {
        return http.call("GET", path).bearer(token).send();
    }

    RawHttp.Reply send(String method, String token, String path, JsonNode body) {
        return http.call(method, path).bearer(token).json(body.toString()).send();
    }

    RawHttp.Reply delete(String token, String path) {
        return http.call("DELETE", path).bearer(token).send();
    }

    /** An MS-Keg envelope as the clients send it, with some of the portal's misspelled keys in {@code data}. */
    static ObjectNode kegiatan(String title, int period, long producerId) {
        ObjectNode envelope = SimJson.object();
        envelope.putNull("base_id");
        envelope.put("submission_period", period);
        ObjectNode data = envelope.putObject("data")
                .put("judul_kegiatan", title)
                .put("tahun", period)
                .put("jenis_statistik", "STATISTIK_SEKTORAL")
                .put("cara_pengumpulan_data", "SURVEI");
        data.putObject("blok_i").put("instansi_penyelanggara", "Dinas Kesehatan Kabupaten Jember");
        data.putObject("blok_iv").put("frekuensi_penyelanggara", "TAHUNAN");
        data.putObject("blok_vii").putObject("unit_analsis").put("individu", true);
        envelope.putArray("reviews");
        envelope.putArray("changes");
        envelope.put("status", "DRAFT");
        envelope.putNull("rejection_note");
        envelope.putObject("produsen_data").put("id", producerId);
        envelope.putNull("walidata_pusat");
        envelope.put("version", "v2");
        return envelope;
    }

    /** An MS-Var or MS-Ind envelope. */
    static ObjectNode child(long msKegId, String name, int period) {
        ObjectNode envelope = SimJson.object().put("ms_keg_id", msKegId).put("submission_period", period);
        envelope.putObject("data").put("nama", name).put("definisi", "Definisi " + name);
        envelope.putArray("reviews");
        envelope.putArray("changes");
        envelope.put("status", "DRAFT");
        envelope.putNull("rejection_note");
        envelope.putObject("walidata_pusat").putNull("id").putNull("name");
        envelope.put("version", "v2");
        return envelope;
    }

    /** Creates a record and returns the created item ({@code result[0]}), failing on anything else. */
    JsonNode create(String token, String path, ObjectNode envelope) {
        RawHttp.Reply reply = send("POST", token, path, envelope);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode item = reply.json().at("/result/0");
        assertThat(item.has("id")).as(reply.text()).isTrue();
        return item;
    }

    /** Creates an MS-Keg and returns its id. */
    long createKegiatan(String token, String title, int period, long producerId) {
        return create(token, KEGIATAN, kegiatan(title, period, producerId)).get("id").asLong();
    }

    /** Creates an MS-Var or MS-Ind (period 2026) and returns its id. */
    long createChild(String token, String path, long msKegId, String name) {
        return create(token, path, child(msKegId, name, 2026)).get("id").asLong();
    }

    /** PUTs the stored envelope back with another status (and optional note), returning the reply. */
    RawHttp.Reply putStatus(String token, String path, long id, String status, String note) {
        ObjectNode envelope = (ObjectNode) indah.record(id).orElseThrow().envelope();
        envelope.put("status", status);
        if (note != null) {
            envelope.put("rejection_note", note);
        }
        return send("PUT", token, path + "/" + id, envelope);
    }

    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
