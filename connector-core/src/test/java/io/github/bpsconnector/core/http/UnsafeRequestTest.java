package io.github.bpsconnector.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
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
import io.github.bpsconnector.core.resilience.FailureStatusException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A state-changing request is sent exactly once, whatever happens to it; a {@code 5xx} answer to it leaves its
 * outcome unknown (the portal may have applied it before failing), while an idempotent request is retried.
 */
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

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {500, 502, 503, 504})
    void postAnswered5xxIsSentOnceAndItsOutcomeUnknown(int status) {
        wm.stubFor(post("/pengajuan").willReturn(aResponse().withStatus(status).withHeader("X-Request-Id", "req-7")));

        OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class,
                () -> client.send(submit(), session()));

        assertThat(e.delivery()).isEqualTo(Delivery.OUTCOME_UNKNOWN);
        assertThat(e.httpStatus()).isEqualTo(status);
        assertThat(e.correlationId()).isEqualTo("req-7");
        assertThat(e.journalIntentId()).isEmpty();
        assertThat(e.getCause()).isInstanceOf(FailureStatusException.class);
        wm.verify(1, postRequestedFor(urlEqualTo("/pengajuan")));
    }

    @ParameterizedTest(name = "Retry-After: {0}")
    @ValueSource(strings = {"0", "1", "Thu, 01 Jan 1970 00:00:00 GMT"})
    void postAnswered503WithRetryAfterIsNotSentAgainEither(String retryAfter) {
        wm.stubFor(post("/pengajuan").willReturn(aResponse().withStatus(503).withHeader("Retry-After", retryAfter)));

        OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class,
                () -> client.send(submit(), session()));

        assertThat(e.delivery()).isEqualTo(Delivery.OUTCOME_UNKNOWN);
        assertThat(e.httpStatus()).isEqualTo(503);
        wm.verify(1, postRequestedFor(urlEqualTo("/pengajuan")));
    }

    @Test
    void patchAnswered503HasAnUnknownOutcome() {
        wm.stubFor(patch(urlEqualTo("/pengajuan/7")).willReturn(aResponse().withStatus(503)));

        OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class, () -> client.send(
                PortalRequest.builder("PATCH", uri(wm, "/pengajuan/7")).json("{\"judul\":\"Survei\"}").build(),
                session()));

        assertThat(e.delivery()).isEqualTo(Delivery.OUTCOME_UNKNOWN);
        wm.verify(1, patchRequestedFor(urlEqualTo("/pengajuan/7")));
    }

    @Test
    void postAnswered501WasNotHandledAtAll() {
        wm.stubFor(post("/pengajuan").willReturn(aResponse().withStatus(501)));

        PortalUnavailableException e = catchThrowableOfType(PortalUnavailableException.class,
                () -> client.send(submit(), session()));

        assertThat(e).isNotInstanceOf(OutcomeUnknownException.class);
        assertThat(e.delivery()).isEqualTo(Delivery.REJECTED);
        wm.verify(1, postRequestedFor(urlEqualTo("/pengajuan")));
    }

    @Test
    void putDeclaredIdempotentAnswered503IsRetriedAndRejected() {
        wm.stubFor(put("/pengajuan/7/status").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")));

        PortalUnavailableException e = catchThrowableOfType(PortalUnavailableException.class, () -> client.send(
                PortalRequest.builder("PUT", uri(wm, "/pengajuan/7/status")).json("{\"status\":\"draft\"}")
                        .safe(true).build(), session()));

        assertThat(e).isNotInstanceOf(OutcomeUnknownException.class);
        assertThat(e.delivery()).isEqualTo(Delivery.REJECTED);
        wm.verify(3, putRequestedFor(urlEqualTo("/pengajuan/7/status")));
    }

    @Test
    void getAnswered503IsRetriedPerPolicyAndRejected() {
        wm.stubFor(get("/pengajuan").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")));

        PortalUnavailableException e = catchThrowableOfType(PortalUnavailableException.class,
                () -> client.send(PortalRequest.get(uri(wm, "/pengajuan")).build(), session()));

        assertThat(e).isNotInstanceOf(OutcomeUnknownException.class);
        assertThat(e.delivery()).isEqualTo(Delivery.REJECTED);
        assertThat(e.httpStatus()).isEqualTo(503);
        wm.verify(3, getRequestedFor(urlEqualTo("/pengajuan")));
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
