package io.github.bpsconnector.testkit.indah;

import static io.github.bpsconnector.testkit.indah.IndahHttp.KEGIATAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.testkit.RawHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Both error styles of §1.3: HTTP 4xx problems and "HTTP 200 with an error item", switchable. */
class IndahErrorStylesTest extends IndahTestBase {

    private String token;

    @BeforeEach
    void login() {
        indah.captchaRequired(false);
        token = api.walidata();
    }

    private ObjectNode invalid() {
        return IndahHttp.kegiatan("", 2026, IndahDemoData.DINKES_JEMBER);
    }

    private RawHttp.Reply refusedTransition() {
        long id = api.createKegiatan(token, "T", 2026, IndahDemoData.DINKES_JEMBER);
        return api.putStatus(token, KEGIATAN, id, "PUBLISHED", null);
    }

    private RawHttp.Reply forbidden() {
        return api.send("POST", api.pembina(), KEGIATAN, IndahHttp.kegiatan("F", 2026, IndahDemoData.DINKES_JEMBER));
    }

    @Test
    void mixedByDefaultInvalidContentIsAnErrorItemOthersAreHttp() {
        RawHttp.Reply item = api.send("POST", token, KEGIATAN, invalid());
        assertThat(item.status()).isEqualTo(200);
        assertThat(item.json().toString()).isEqualTo(
                "{\"status\":200,\"result\":[{\"status\":400,\"message\":\"data.judul_kegiatan: wajib diisi\"}]}");

        assertThat(refusedTransition().status()).isEqualTo(400);
        assertThat(forbidden().status()).isEqualTo(403);
    }

    @Test
    void http4xxStyleGivesProblemsWithFieldErrors() {
        api.http.call("PUT", "/__sim/settings").json("{\"rejectionStyle\":\"HTTP_4XX\"}").send();
        assertThat(indah.rejectionStyle()).isEqualTo(RejectionStyle.HTTP_4XX);

        RawHttp.Reply reply = api.send("POST", token, KEGIATAN, invalid());

        assertThat(reply.status()).isEqualTo(400);
        JsonNode problem = reply.json();
        assertThat(problem.fieldNames()).toIterable().containsExactly("status", "title", "detail", "fieldErrors");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.at("/fieldErrors/0/field").asText()).isEqualTo("data.judul_kegiatan");
        assertThat(problem.at("/fieldErrors/0/message").asText()).isEqualTo("wajib diisi");
    }

    @Test
    void item200StyleTurnsEveryRefusalIntoAnErrorItem() {
        indah.rejectionStyle(RejectionStyle.ITEM_200);

        RawHttp.Reply transition = refusedTransition();
        assertThat(transition.status()).isEqualTo(200);
        assertThat(transition.json().at("/result/0/status").asInt()).isEqualTo(400);
        assertThat(transition.json().at("/result/0/message").asText()).contains("tidak diizinkan");

        RawHttp.Reply denied = forbidden();
        assertThat(denied.status()).isEqualTo(200);
        assertThat(denied.json().at("/result/0/status").asInt()).isEqualTo(403);
    }

    @Test
    void aFaultCanAnswerAValidWriteWithAnErrorItemWithoutApplyingIt() {
        indah.faults().on("POST", KEGIATAN).action(SimulatedIndah.errorItem(500, "Terjadi kesalahan"));

        RawHttp.Reply reply = api.send("POST", token, KEGIATAN,
                IndahHttp.kegiatan("Valid", 2026, IndahDemoData.DINKES_JEMBER));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().toString())
                .isEqualTo("{\"status\":200,\"result\":[{\"status\":500,\"message\":\"Terjadi kesalahan\"}]}");
        assertThat(indah.records()).isEmpty();
        api.create(token, KEGIATAN, IndahHttp.kegiatan("Valid", 2026, IndahDemoData.DINKES_JEMBER));
        assertThat(indah.records()).hasSize(1);
    }

    @Test
    void settingsControlRefusesUnknownValues() {
        RawHttp.Reply bad = api.http.call("PUT", "/__sim/settings").json("{\"rejectionStyle\":\"LOUD\"}").send();
        assertThat(bad.status()).isEqualTo(400);
        RawHttp.Reply badLifetime = api.http.call("PUT", "/__sim/settings").json("{\"tokenLifetime\":\"-PT1H\"}").send();
        assertThat(badLifetime.status()).isEqualTo(400);
        JsonNode settings = api.http.get("/__sim/settings").json();
        assertThat(settings.get("rejectionStyle").asText()).isEqualTo("MIXED");
        assertThat(settings.get("tokenLifetime").asText()).isEqualTo("PT8H");
        assertThat(settings.get("captchaRequired").asBoolean()).isFalse();
    }
}
