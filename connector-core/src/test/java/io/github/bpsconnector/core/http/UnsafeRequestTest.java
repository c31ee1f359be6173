package io.github.bpsconnector.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.bpsconnector.core.http.Transports.session;
import static io.github.bpsconnector.core.http.Transports.uri;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.OutcomeUnknownException;
import io.github.bpsconnector.core.error.PortalUnavailableException;
import io.github.bpsconnector.core.error.RateLimitedException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.Test;

/** A state-changing request is sent exactly once, whatever happens to it. */
class UnsafeRequestTest extends PortalTransportTest {

    private PortalRequest submit() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("judul", "Survei Ekonomi");
        form.put("_token", "csrf-123");
        return PortalRequest.post(uri(wm, "/pengajuan")).form(form).operation("pengajuan.kirim").build();
    }

    @Test
    void formPostAnsweredWithNothingIsSentOnceAndItsOutcomeUnknown() {
        wm.stubFor(post("/pengajuan").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class,
                () -> client.send(submit(), session()));

        assertThat(e.delivery()).isEqualTo(Delivery.OUTCOME_UNKNOWN);
        assertThat(e.operation()).isEqualTo("pengajuan.kirim");
        assertThat(e.journalIntentId()).isEmpty();
        assertThat(e.getCause()).isInstanceOf(NoHttpResponseException.class);
        wm.verify(1, postRequestedFor(urlEqualTo("/pengajuan"))
                .withRequestBody(equalTo("judul=Survei+Ekonomi&_token=csrf-123")));
    }

    @Test
    void postAnswered503IsNotSentAgain() {
        wm.stubFor(post("/pengajuan").willReturn(aResponse().withStatus(503)));

        PortalUnavailableException e = catchThrowableOfType(PortalUnavailableException.class,
                () -> client.send(submit(), session()));

        assertThat(e.delivery()).isEqualTo(Delivery.REJECTED);
        assertThat(e.httpStatus()).isEqualTo(503);
        wm.verify(1, postRequestedFor(urlEqualTo("/pengajuan")));
    }

    @Test
    void postAnswered502Or504HasAnUnknownOutcome() {
        for (int status : new int[] {502, 504}) {
            wm.resetAll();
            wm.stubFor(post("/pengajuan").willReturn(aResponse().withStatus(status)));

            OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class,
                    () -> client.send(submit(), session()));

            assertThat(e.httpStatus()).isEqualTo(status);
            wm.verify(1, postRequestedFor(urlEqualTo("/pengajuan")));
        }
    }

    @Test
    void postAnswered429IsNotSentAgain() {
        wm.stubFor(post("/pengajuan").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));

        catchThrowableOfType(RateLimitedException.class, () -> client.send(submit(), session()));

        wm.verify(1, postRequestedFor(urlEqualTo("/pengajuan")));
    }

    @Test
    void postDeclaredSafeIsRetried() {
        wm.stubFor(post("/cari").willReturn(aResponse().withStatus(503)));

        catchThrowableOfType(PortalUnavailableException.class, () -> client.send(
                PortalRequest.post(uri(wm, "/cari")).form(Map.of("q", "padi")).safe(true).build(), session()));

        wm.verify(3, postRequestedFor(urlEqualTo("/cari")));
    }
}
