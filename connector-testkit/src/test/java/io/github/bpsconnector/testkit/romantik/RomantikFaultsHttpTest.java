package io.github.bpsconnector.testkit.romantik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.bpsconnector.testkit.FaultRule;
import io.github.bpsconnector.testkit.RawHttp.Reply;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The kernel's fault plan applied to Romantik's routes. */
class RomantikFaultsHttpTest extends RomantikHttpTestBase {

    @Test
    void aFaultAfterApplyingChangesTheStateWhileTheClientSeesOnlyTheFault() {
        browser.loginSso(PRODUSEN, PRODUSEN_PASSWORD);
        Document baru = browser.open("/pengajuan/baru");
        romantik.faults().on("POST", "/pengajuan").times(1).after().fault(Fault.EMPTY_RESPONSE);
        Map<String, List<String>> fields = new LinkedHashMap<>(SampleForm.block(0, clock.today()));
        fields.put("_token", List.of(csrf(baru)));

        assertThatThrownBy(() -> browser.sendRaw("POST", "/pengajuan", fields))
                .isInstanceOf(NoHttpResponseException.class);

        assertThat(romantik.allPengajuan()).hasSize(1);
        assertThat(romantik.countByNaturalKey(new NaturalKey(SampleForm.JUDUL, 2026, "350901"))).isEqualTo(1);
        assertThat(browser.open("/pengajuan").select("table#daftar-pengajuan tbody tr[data-id]"))
                .as("a client that looks before it retries finds the draft").hasSize(1);
    }

    @Test
    void aFaultBeforeApplyingLeavesTheStateUnchanged() throws IOException {
        long id = loginAndCreate();
        fillAllBlocks(id);
        Document ringkasan = browser.open("/pengajuan/" + id + "/ringkasan");
        romantik.faults().on("POST", "/pengajuan/\\d+/kirim").times(1).before().fault(Fault.EMPTY_RESPONSE);

        assertThatThrownBy(() -> browser.sendRaw("POST", "/pengajuan/" + id + "/kirim",
                one("_token", csrf(ringkasan)))).isInstanceOf(NoHttpResponseException.class);
        assertThat(romantik.pengajuan(id).orElseThrow().statusPengajuan()).isEqualTo(StatusPengajuan.DRAFT);

        assertThat(kirim(id).status()).isEqualTo(302);
        assertThat(romantik.pengajuan(id).orElseThrow().statusPengajuan()).isEqualTo(StatusPengajuan.PENGAJUAN);
    }

    @Test
    void aStatusFaultFiresExactlyNTimes() {
        browser.loginSso(PRODUSEN, PRODUSEN_PASSWORD);
        FaultRule rule = romantik.faults().on("GET", "/beranda").times(2).status(503);

        assertThat(browser.get("/beranda").status()).isEqualTo(503);
        assertThat(browser.get("/beranda").status()).isEqualTo(503);
        assertThat(browser.get("/beranda").status()).isEqualTo(200);
        assertThat(rule.fired()).isEqualTo(2);
    }

    @Test
    void aSessionExpiryFaultLogsTheCallerOut() {
        long id = loginAndCreate();
        Document detail = browser.open("/pengajuan/" + id);
        romantik.faults().on("GET", "/pengajuan").times(1).sessionExpiry();

        Reply struck = browser.get("/pengajuan");
        assertThat(struck.status()).isEqualTo(302);
        assertThat(struck.header("Location")).hasValue("/login");
        assertThat(browser.get("/beranda").status()).as("the session is really gone").isEqualTo(302);
        assertThat(browser.submit(detail, "form#form-hapus", Map.of()).status()).isEqualTo(419);
    }

    @Test
    void aRateLimitFaultAnswers429WithRetryAfter() {
        romantik.faults().on("*", "/rekomendasi-terbit").times(1).rateLimited(Duration.ofSeconds(7));

        Reply limited = browser.get("/rekomendasi-terbit");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).hasValue("7");
        assertThat(limited.header("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(browser.get("/rekomendasi-terbit").status()).isEqualTo(200);
    }
}
