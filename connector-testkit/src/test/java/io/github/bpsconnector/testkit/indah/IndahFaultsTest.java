package io.github.bpsconnector.testkit.indah;

import static io.github.bpsconnector.testkit.indah.IndahHttp.KEGIATAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.bpsconnector.testkit.FaultRule;
import io.github.bpsconnector.testkit.RawHttp;
import java.net.SocketException;
import java.time.Duration;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Faults on INDAH: fired exactly N times; "applied, answer lost" seen through the natural-key queries. */
class IndahFaultsTest extends IndahTestBase {

    private String token;

    @BeforeEach
    void login() {
        indah.captchaRequired(false);
        token = api.walidata();
    }

    @Test
    void faultsFireExactlyNTimes() {
        FaultRule rule = indah.faults().on("GET", "/api/account").times(3).status(503);

        for (int i = 0; i < 3; i++) {
            assertThat(api.get(token, "/api/account").status()).isEqualTo(503);
        }
        assertThat(api.get(token, "/api/account").status()).isEqualTo(200);
        assertThat(api.get(token, "/api/account").status()).isEqualTo(200);

        assertThat(rule.fired()).isEqualTo(3);
        JsonNode listed = api.http.get("/__sim/faults").json();
        assertThat(listed.at("/rules/0/fired").asInt()).isEqualTo(3);
        assertThat(listed.at("/rules/0/remaining").asInt()).isZero();
        assertThat(indah.counters().count("GET", "/api/account")).isEqualTo(5);
    }

    @Test
    void createWhoseAnswerIsLostIsStoredOnceAndFoundByItsNaturalKey() {
        indah.faults().on("POST", KEGIATAN).after().fault(Fault.EMPTY_RESPONSE);

        assertThatThrownBy(() -> api.http.call("POST", KEGIATAN).bearer(token)
                .json(IndahHttp.kegiatan("Survei Lost Answer", 2026, IndahDemoData.DINKES_JEMBER).toString())
                .sendRaw()).isInstanceOf(NoHttpResponseException.class);

        assertThat(indah.countKegiatan("survei  lost answer ", 2026, IndahDemoData.DINKES_JEMBER)).isEqualTo(1);
        JsonNode found = api.get(token, KEGIATAN + "?name=Lost%20Answer&submissionPeriod=2026").json();
        assertThat(found.at("/result/0/content")).hasSize(1);
        assertThat(api.http.get("/__sim/duplicates").json().get("duplicates")).isEmpty();
        assertThat(api.http.get("/__sim/records/count?kind=KEGIATAN&title=Survei%20Lost%20Answer&period=2026"
                + "&producerId=" + IndahDemoData.DINKES_JEMBER).json().get("count").asInt()).isEqualTo(1);
    }

    @Test
    void aBlindRetryAfterALostAnswerShowsUpAsADuplicate() {
        indah.faults().on("POST", KEGIATAN).after().fault(Fault.CONNECTION_RESET_BY_PEER);
        String body = IndahHttp.kegiatan("Survei Dobel", 2026, IndahDemoData.DINKES_JEMBER).toString();

        assertThatThrownBy(() -> api.http.call("POST", KEGIATAN).bearer(token).json(body).sendRaw())
                .isInstanceOf(SocketException.class);
        assertThat(api.http.call("POST", KEGIATAN).bearer(token).json(body).send().status()).isEqualTo(200);

        assertThat(indah.countKegiatan("Survei Dobel", 2026, IndahDemoData.DINKES_JEMBER)).isEqualTo(2);
        JsonNode duplicates = api.http.get("/__sim/duplicates").json().get("duplicates");
        assertThat(duplicates.get("MS-Keg|2026|" + IndahDemoData.DINKES_JEMBER + "|survei dobel").asInt())
                .isEqualTo(2);
    }

    @Test
    void duplicateChildrenAreCountedPerMsKegAndName() {
        long keg = api.createKegiatan(token, "Induk", 2026, IndahDemoData.DINKES_JEMBER);
        api.create(token, IndahHttp.VARIABEL, IndahHttp.child(keg, "Umur", 2026));
        api.create(token, IndahHttp.VARIABEL, IndahHttp.child(keg, "umur", 2026));
        api.create(token, IndahHttp.INDIKATOR, IndahHttp.child(keg, "Rasio", 2026));

        assertThat(indah.countChildren(keg, MetadataKind.VARIABEL, "UMUR")).isEqualTo(2);
        assertThat(indah.countChildren(keg, MetadataKind.INDIKATOR)).isEqualTo(1);
        assertThat(indah.duplicateNaturalKeys()).containsOnlyKeys("MS-Var|" + keg + "|umur");
        assertThat(api.http.get("/__sim/records/count?kind=VARIABEL&msKegId=" + keg + "&name=Umur").json()
                .get("count").asInt()).isEqualTo(2);
        assertThat(api.http.get("/__sim/records/count?kind=INDIKATOR&msKegId=" + keg).json().get("count").asInt())
                .isEqualTo(1);
    }

    @Test
    void sessionExpiryFaultKillsTheCallersToken() {
        String other = api.produsen();
        indah.faults().on("GET", KEGIATAN).sessionExpiry();

        RawHttp.Reply expired = api.get(token, KEGIATAN);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(api.get(token, "/api/account").status()).isEqualTo(401);
        assertThat(api.get(other, "/api/account").status()).isEqualTo(200);
    }

    @Test
    void sessionExpiryAfterAWriteAppliesItFirst() {
        indah.faults().on("POST", KEGIATAN).after().sessionExpiry();
        RawHttp.Reply reply = api.send("POST", token, KEGIATAN,
                IndahHttp.kegiatan("Tersimpan", 2026, IndahDemoData.DINKES_JEMBER));
        assertThat(reply.status()).isEqualTo(401);
        assertThat(indah.countKegiatan("Tersimpan", 2026, IndahDemoData.DINKES_JEMBER)).isEqualTo(1);
        assertThat(api.get(token, "/api/account").status()).isEqualTo(401);
    }

    @Test
    void rateLimitFaultAndRateLimit() {
        indah.faults().on("GET", KEGIATAN).rateLimited(Duration.ofSeconds(30));
        RawHttp.Reply limited = api.get(token, KEGIATAN);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).hasValue("30");
        assertThat(api.get(token, KEGIATAN).status()).isEqualTo(200);
    }
}
