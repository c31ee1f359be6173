package io.github.bpsconnector.indah;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.bpsconnector.core.error.AuthenticationException;
import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.OutcomeUnknownException;
import io.github.bpsconnector.core.error.PortalChangedException;
import io.github.bpsconnector.core.error.PortalRejectedException;
import io.github.bpsconnector.core.session.CredentialsProvider;
import io.github.bpsconnector.metadata.MsKeg;
import java.net.URI;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Edge cases the simulated INDAH does not produce: odd pages, unknown fields and labels, both error styles, 401/429/5xx. */
class IndahWireMockTest {

    private static final String KEGIATAN = "/sdi/v2/metadata-statistik/kegiatan";
    private static final String ENVELOPE = """
            {"id": 77, "base_id": null, "submission_period": "2026", "status": "DIARSIPKAN",
             "data": {"judul_kegiatan": "Survei Imunisasi", "tahun": 2026, "field_baru": {"a": 1}},
             "reviews": [{"reviewer": "w", "role": "WALIDATA", "decision": "SUBMITTED", "at": "kemarin"}],
             "produsen_data": {"id": "3509002", "name": "Dinkes"}, "a_new_key": [1, 2], "version": "v2"}""";

    private final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private IndahClient client;

    @BeforeEach
    void start() {
        server.start();
        server.stubFor(post(urlPathEqualTo("/api/authenticate")).willReturn(okJson("{\"id_token\":\"tok-1\"}")));
        client = IndahClient.builder().apiBaseUrl(URI.create(server.baseUrl())).resilienceSettings(SimIndahAccess.FAST)
                .login(IndahLogin.password(CredentialsProvider.of("walidata", "rahasia".toCharArray()))).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop();
    }

    private static String v2Page(String items, String totalPages) {
        return "{\"status\":200,\"result\":[{\"content\":[" + items + "]" + totalPages + "}]}";
    }

    private static String item(int id) {
        return "{\"id\":" + id + ",\"status\":\"DRAFT\",\"name\":\"Survei " + id + "\",\"submission_period\":2026}";
    }

    @Test
    void pagesWithoutATotalAreReadUntilAShortPage() {
        String full = String.join(",", java.util.stream.IntStream.range(0, 50).mapToObj(IndahWireMockTest::item)
                .toList());
        server.stubFor(get(urlPathEqualTo(KEGIATAN)).withQueryParam("page", equalTo("0"))
                .willReturn(okJson(v2Page(full, ""))));
        server.stubFor(get(urlPathEqualTo(KEGIATAN)).withQueryParam("page", equalTo("1"))
                .willReturn(okJson(v2Page(item(50) + "," + item(51), ""))));

        List<KegiatanSummary> all = client.kegiatan().list(null, 2026).stream().toList();

        assertThat(all).hasSize(52);
        assertThat(all.get(51).title()).isEqualTo("Survei 51");
        server.verify(2, getRequestedFor(urlPathEqualTo(KEGIATAN)));
    }

    @Test
    void anAnnouncedPageThatComesBackEmptyEndsTheListAndPagesAreFetchedLazily() {
        server.stubFor(get(urlPathEqualTo(KEGIATAN)).withQueryParam("page", equalTo("0"))
                .willReturn(okJson(v2Page(item(1) + "," + item(2), ",\"total_pages\":5"))));
        server.stubFor(get(urlPathEqualTo(KEGIATAN)).withQueryParam("page", equalTo("1"))
                .willReturn(okJson(v2Page("", ",\"total_pages\":5"))));

        Iterator<KegiatanSummary> lazy = client.kegiatan().list("Survei", null).iterator();
        assertThat(lazy.next().id()).isEqualTo(1);
        server.verify(1, getRequestedFor(urlPathEqualTo(KEGIATAN)));
        assertThat(lazy.next().id()).isEqualTo(2);
        assertThat(lazy.hasNext()).isFalse();
        server.verify(2, getRequestedFor(urlPathEqualTo(KEGIATAN)));
        server.verify(getRequestedFor(urlPathEqualTo(KEGIATAN)).withQueryParam("name", equalTo("Survei"))
                .withQueryParam("size", equalTo("50")));
    }

    @Test
    void unknownKeysAreToleratedAndAnUnknownStatusIsUnknownWithItsLabel() {
        server.stubFor(get(urlPathEqualTo(KEGIATAN + "/77")).willReturn(okJson(ENVELOPE)));

        IndahRecord<MsKeg> record = client.kegiatan().get(77);

        assertThat(record.status().status()).isEqualTo(MetadataStatus.UNKNOWN);
        assertThat(record.status().raw()).isEqualTo("DIARSIPKAN");
        assertThat(record.submissionPeriod()).isEqualTo(2026);
        assertThat(record.producer().id()).isEqualTo(3509002L);
        assertThat(record.form().title()).isEqualTo("Survei Imunisasi");
        assertThat(record.reviews()).singleElement().satisfies(r -> assertThat(r.at()).isNull());
        assertThat(record.envelope().has("a_new_key")).isTrue();
    }

    @Test
    void anErrorItemInA200AnswerIsARejection() {
        server.stubFor(post(urlPathEqualTo(KEGIATAN + "/77/cycle")).willReturn(okJson(
                "{\"status\":200,\"result\":[{\"status\":400,\"message\":\"Periode sudah ada\"}]}")));
        server.stubFor(get(urlPathEqualTo(KEGIATAN + "/77")).willReturn(okJson(ENVELOPE)));

        assertThatThrownBy(() -> client.kegiatan().cycle(77, 2027))
                .isInstanceOf(PortalRejectedException.class)
                .hasMessageContaining("Periode sudah ada")
                .satisfies(e -> assertThat(((PortalRejectedException) e).httpStatus()).isEqualTo(400));
        server.verify(1, postRequestedFor(urlPathEqualTo(KEGIATAN + "/77/cycle")));
    }

    @Test
    void aProblemAnswerIsARejectionWithItsFieldMessages() {
        server.stubFor(post(urlPathEqualTo(KEGIATAN)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"status":400,"title":"Bad Request","detail":"Data tidak lengkap",
                         "fieldErrors":[{"field":"data.judul_kegiatan","message":"wajib diisi"},
                                        {"field":"submission_period","message":"harus tahun"}]}""")));
        server.stubFor(get(urlPathEqualTo("/api/account")).willReturn(okJson("{\"username\":\"walidata\"}")));

        assertThatThrownBy(() -> client.kegiatan().createDraft(new Producer(1, "Dinkes", "35", "3509"), 2026,
                MsKeg.builder().title("Survei").build()))
                .isInstanceOfSatisfying(PortalRejectedException.class, e -> assertThat(e.fieldMessages())
                        .extracting(PortalRejectedException.FieldMessage::field)
                        .containsExactly("data.judul_kegiatan", "submission_period"));
    }

    @Test
    void a401AfterAFreshLoginIsAnAuthenticationException() {
        server.stubFor(get(urlPathEqualTo("/api/account")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":401}")));

        assertThatThrownBy(() -> client.account()).isInstanceOf(AuthenticationException.class)
                .hasMessageNotContaining("tok-1");
        server.verify(2, postRequestedFor(urlPathEqualTo("/api/authenticate")));
        server.verify(2, getRequestedFor(urlPathEqualTo("/api/account")));
    }

    @Test
    void a429OnAWriteIsWaitedOutAsRetryAfterAsks() {
        server.stubFor(get(urlPathEqualTo(KEGIATAN + "/77")).willReturn(okJson(ENVELOPE)));
        server.stubFor(post(urlPathEqualTo(KEGIATAN + "/77/cycle")).inScenario("busy").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("calm"));
        server.stubFor(post(urlPathEqualTo(KEGIATAN + "/77/cycle")).inScenario("busy").whenScenarioStateIs("calm")
                .willReturn(okJson("{\"status\":200,\"result\":[" + ENVELOPE.replace("\"id\": 77", "\"id\": 78")
                        + "]}")));

        long start = System.nanoTime();
        IndahRecord<MsKeg> cycled = client.kegiatan().cycle(77, 2027);

        assertThat(cycled.id()).isEqualTo(78);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(1000);
        server.verify(2, postRequestedFor(urlPathEqualTo(KEGIATAN + "/77/cycle")));
    }

    @Test
    void a503IsRetriedForAReadButAWriteIsLookedForBeforeItIsSentAgain() {
        server.stubFor(get(urlPathEqualTo(KEGIATAN + "/77")).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        server.stubFor(get(urlPathEqualTo(KEGIATAN + "/77")).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(okJson(ENVELOPE)));
        server.stubFor(get(urlPathEqualTo(KEGIATAN)).willReturn(okJson(v2Page("", ""))));
        server.stubFor(post(urlPathEqualTo(KEGIATAN + "/77/cycle")).willReturn(aResponse().withStatus(503)));

        assertThat(client.kegiatan().get(77).id()).isEqualTo(77);
        server.verify(2, getRequestedFor(urlPathEqualTo(KEGIATAN + "/77")));

        // a 503 may follow an applied write: the client looks for the new round, finds none, sends once more
        OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class,
                () -> client.kegiatan().cycle(77, 2027));
        assertThat(e.delivery()).isEqualTo(Delivery.OUTCOME_UNKNOWN);
        assertThat(e.httpStatus()).isEqualTo(503);
        server.verify(2, postRequestedFor(urlPathEqualTo(KEGIATAN + "/77/cycle")));
        server.verify(2, getRequestedFor(urlPathEqualTo(KEGIATAN)).withQueryParam("page", equalTo("0")));
    }

    @Test
    void anAnswerThatIsNotJsonMeansThePortalChanged() {
        server.stubFor(get(urlPathEqualTo(KEGIATAN + "/77")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html>maintenance</html>")));

        assertThatThrownBy(() -> client.kegiatan().get(77)).isInstanceOf(PortalChangedException.class);
    }
}
