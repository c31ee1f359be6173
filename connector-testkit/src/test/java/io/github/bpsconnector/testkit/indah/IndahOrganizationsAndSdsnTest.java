package io.github.bpsconnector.testkit.indah;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bpsconnector.testkit.RawHttp;
import io.github.bpsconnector.testkit.SimJson;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** §1.2 organisations (Spring pages, filters) and §1.3 the public SDSN list. */
class IndahOrganizationsAndSdsnTest extends IndahTestBase {

    @Test
    void organisationsComeAsASpringPageWithTheModelsKeys() {
        JsonNode page = api.get(api.walidata(), "/api/sdi-organizations?page=0&size=20").json();

        assertThat(page.fieldNames()).toIterable().contains("content", "totalElements", "totalPages", "number", "size");
        assertThat(page.get("totalElements").asInt()).isEqualTo(7);
        assertThat(page.get("number").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(20);
        JsonNode first = page.at("/content/0");
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "name", "provinceCode", "cityCode", "details");
        assertThat(first.get("details").fieldNames()).toIterable()
                .containsExactly("address", "phone", "email", "fax", "province", "city");
        assertThat(first.at("/details/province").fieldNames()).toIterable().containsExactly("code", "name");
    }

    @Test
    void organisationsFilterByNameRegionAndRole() {
        String token = api.walidata();
        JsonNode byName = api.get(token, "/api/sdi-organizations?name=kesehatan").json();
        assertThat(byName.get("content")).extracting(n -> n.get("id").asLong())
                .containsExactly(IndahDemoData.DINKES_LUMAJANG, IndahDemoData.DINKES_JEMBER);

        JsonNode jemberProducers = api.get(token,
                "/api/sdi-organizations?provinceCode=35&cityCode=3509&roles=PRODUSEN_DATA").json();
        assertThat(jemberProducers.get("content")).extracting(n -> n.get("id").asLong())
                .containsExactly(IndahDemoData.DINKES_JEMBER, IndahDemoData.DISDIK_JEMBER, IndahDemoData.BAPPEDA_JEMBER);

        JsonNode both = api.get(token, "/api/sdi-organizations?cityCode=3509&roles=PRODUSEN_DATA,WALIDATA").json();
        assertThat(both.get("totalElements").asInt()).isEqualTo(4);

        assertThat(api.get(token, "/api/sdi-organizations?roles=KING").status()).isEqualTo(400);
    }

    @Test
    void organisationsArePaged() {
        JsonNode page = api.get(api.walidata(), "/api/sdi-organizations?page=1&size=3").json();
        assertThat(page.get("content")).hasSize(3);
        assertThat(page.get("totalPages").asInt()).isEqualTo(3);
        assertThat(page.get("number").asInt()).isEqualTo(1);
        assertThat(page.get("first").asBoolean()).isFalse();
        assertThat(page.get("last").asBoolean()).isFalse();
        assertThat(api.get(api.walidata(), "/api/sdi-organizations?page=-1").status()).isEqualTo(400);
        assertThat(api.get(api.walidata(), "/api/sdi-organizations?size=abc").status()).isEqualTo(400);
    }

    @Test
    void organisationsNeedAToken() {
        assertThat(api.http.get("/api/sdi-organizations").status()).isEqualTo(401);
    }

    @Test
    void sdsnListIsPublicAndServesTheSeedRecordsExactly() throws IOException {
        RawHttp.Reply reply = api.http.get("/api/standar-data-statistik-nasional?page=0&size=50");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode page = reply.json();

        JsonNode seed;
        try (InputStream in = getClass().getResourceAsStream("/indah-sdsn-standar-data-sample.json")) {
            seed = SimJson.read(in.readAllBytes()).get("records");
        }
        assertThat(page.get("totalElements").asInt()).isEqualTo(seed.size()).isEqualTo(13);
        assertThat(page.get("content")).isEqualTo(seed);
        assertThat(page.at("/content/0").fieldNames()).toIterable().containsExactly("id", "idSds", "noIndikator",
                "judulIndikator", "konsep", "definisi", "namaKlasifikasi", "klasifikasi", "ukuran", "satuan", "flag",
                "sumberContent", "sumberData");
        assertThat(page.get("content")).extracting(n -> n.get("flag").asText()).contains("IND", "VAR", "KON", "vAR");
    }

    @Test
    void sdsnListIsPaged() {
        JsonNode page = api.http.get("/api/standar-data-statistik-nasional?page=2&size=5").json();
        assertThat(page.get("content")).hasSize(3);
        assertThat(page.get("totalPages").asInt()).isEqualTo(3);
        assertThat(page.get("last").asBoolean()).isTrue();
        assertThat(api.http.get("/api/standar-data-statistik-nasional?page=9&size=5").json().get("content")).isEmpty();
    }
}
