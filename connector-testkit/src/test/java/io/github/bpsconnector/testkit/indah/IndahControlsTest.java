package io.github.bpsconnector.testkit.indah;

import static io.github.bpsconnector.testkit.indah.IndahHttp.KEGIATAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bpsconnector.testkit.RawHttp;
import org.junit.jupiter.api.Test;

/** The INDAH {@code /__sim} controls, as a system written in another language would use them. */
class IndahControlsTest extends IndahTestBase {

    @Test
    void accountsAreListedWithoutPasswordsAndCanBeAdded() {
        JsonNode accounts = api.http.get("/__sim/accounts").json().get("accounts");
        assertThat(accounts).extracting(a -> a.get("username").asText())
                .containsExactly("dinkes.jember", "pembina.jember", "walidata.jember");
        assertThat(accounts.toString()).doesNotContain("#2026").doesNotContain("password");
        assertThat(accounts.get(2).get("role").asText()).isEqualTo("WALIDATA");
        assertThat(accounts.get(2).get("functions")).extracting(JsonNode::asText).containsExactly("OPERATOR", "APPROVAL");

        RawHttp.Reply added = api.http.postJson("/__sim/accounts", "{\"username\":\"bappeda.jember\","
                + "\"password\":\"rahasia\",\"name\":\"Operator Bappeda\",\"organizationId\":"
                + IndahDemoData.BAPPEDA_JEMBER + ",\"functions\":[\"OPERATOR\"]}");
        assertThat(added.status()).isEqualTo(201);
        assertThat(api.get(api.login("bappeda.jember", "rahasia"), "/api/account").json().get("authorities"))
                .extracting(JsonNode::asText).containsExactly("ROLE_PRODUSEN_DATA", "ROLE_OPERATOR");

        assertThat(api.http.postJson("/__sim/accounts", "{\"username\":\"x\",\"password\":\"y\",\"name\":\"z\","
                + "\"organizationId\":1}").status()).isEqualTo(400);
        assertThat(api.http.postJson("/__sim/accounts", "{\"username\":\"x\",\"password\":\"y\",\"name\":\"z\","
                + "\"organizationId\":" + IndahDemoData.BAPPEDA_JEMBER + ",\"functions\":[\"BOSS\"]}").status())
                .isEqualTo(400);
    }

    @Test
    void organisationsCanBeListedAndAdded() {
        RawHttp.Reply added = api.http.postJson("/__sim/organizations", "{\"id\":3509005,\"name\":\"Dinas Sosial "
                + "Kabupaten Jember\",\"role\":\"PRODUSEN_DATA\",\"provinceCode\":\"35\",\"provinceName\":\"JAWA "
                + "TIMUR\",\"cityCode\":\"3509\",\"cityName\":\"KABUPATEN JEMBER\"}");
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("provinceCode").asText()).isEqualTo("35");

        JsonNode listed = api.http.get("/__sim/organizations").json().get("organizations");
        assertThat(listed).extracting(o -> o.get("id").asLong()).contains(3509005L);
        assertThat(api.get(api.walidata(), "/api/sdi-organizations?name=sosial").json().get("totalElements").asInt())
                .isEqualTo(1);

        assertThat(api.http.postJson("/__sim/organizations", "{\"id\":1,\"name\":\"X\",\"role\":\"WALIDATA\","
                + "\"provinceCode\":\"35\",\"cityCode\":\"9999\"}").json().get("error").asText())
                .contains("city code");
    }

    @Test
    void recordsCanBeListedReadAndCounted() {
        indah.captchaRequired(false);
        String token = api.walidata();
        long keg = api.createKegiatan(token, "Survei A", 2026, IndahDemoData.DINKES_JEMBER);
        api.create(token, IndahHttp.VARIABEL, IndahHttp.child(keg, "Umur", 2026));
        api.putStatus(token, KEGIATAN, keg, "SUBMITTED", null);

        JsonNode all = api.http.get("/__sim/records").json().get("records");
        assertThat(all).extracting(r -> r.get("kind").asText()).containsExactly("KEGIATAN", "VARIABEL");
        assertThat(api.http.get("/__sim/records?kind=VARIABEL").json().get("records")).hasSize(1);
        assertThat(api.http.get("/__sim/records?status=SUBMITTED").json().get("records")).hasSize(1);
        assertThat(api.http.get("/__sim/records/" + keg).json().at("/data/judul_kegiatan").asText())
                .isEqualTo("Survei A");
        assertThat(api.http.get("/__sim/records/999").status()).isEqualTo(404);
        assertThat(api.http.get("/__sim/records/count?kind=KEGIATAN&title=survei%20a&period=2026&producerId="
                + IndahDemoData.DINKES_JEMBER).json().get("count").asInt()).isEqualTo(1);
        assertThat(api.http.get("/__sim/records/count?kind=KEGIATAN&title=x").status()).isEqualTo(400);
        assertThat(api.http.get("/__sim/natural-keys").json().get("counts").size()).isEqualTo(2);
    }

    @Test
    void indexListsIndahControlsAndRoutes() {
        JsonNode index = api.http.get("/__sim").json();
        assertThat(index.get("portal").asText()).isEqualTo("indah");
        assertThat(index.get("controls").toString()).contains("GET /__sim/captcha/{captchaId}",
                "POST /__sim/records/{id}/review", "PUT /__sim/settings");
        assertThat(index.get("routes").toString()).contains("POST /api/authenticate",
                "GET /sdi/metadata-statistik-kegiatan/{id}/metadata-statistik-variabel",
                "POST /sdi/v2/metadata-statistik/kegiatan/{id}/cycle");
    }

    @Test
    void summaryNamesTheDemoAccounts() {
        assertThat(String.join("\n", indah.summaryLines())).contains("walidata.jember", "Walidata#2026",
                "OPERATOR+APPROVAL", "Dinas Komunikasi dan Informatika Kabupaten Jember", "captcha on");
        assertThat(indah.accounts().get(0).toString()).doesNotContain("Produsen#2026");
    }
}
