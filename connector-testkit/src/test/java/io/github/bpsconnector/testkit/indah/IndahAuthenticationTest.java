package io.github.bpsconnector.testkit.indah;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bpsconnector.testkit.RawHttp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** §1.1: login with and without captcha, the account, tokens and their expiry. */
class IndahAuthenticationTest extends IndahTestBase {

    private RawHttp.Reply authenticate(String json) {
        return api.http.postJson("/api/authenticate", json);
    }

    private String credentials(String extra) {
        return "{\"username\":\"walidata.jember\",\"password\":\"Walidata#2026\",\"rememberMe\":false" + extra + "}";
    }

    @Test
    void captchaIsOnByDefaultAndAMissingOneIsRefused() {
        RawHttp.Reply reply = authenticate(credentials(""));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().toString())
                .isEqualTo("{\"status\":400,\"title\":\"Captcha\",\"detail\":\"Kode captcha salah\"}");
    }

    @Test
    void captchaIsARealPngAndItsAnswerLogsIn() throws IOException {
        JsonNode captcha = api.http.get("/api/captcha").json();
        assertThat(captcha.fieldNames()).toIterable().containsExactly("captchaId", "image");
        String image = captcha.get("image").asText();
        assertThat(image).startsWith("data:image/png;base64,");
        byte[] png = Base64.getDecoder().decode(image.substring("data:image/png;base64,".length()));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(decoded.getWidth()).isEqualTo(180);
        assertThat(decoded.getHeight()).isEqualTo(60);

        String id = captcha.get("captchaId").asText();
        String answer = indah.captchaAnswer(id).orElseThrow();
        assertThat(answer).matches("[A-Z2-9]{5}");
        RawHttp.Reply reply = authenticate(credentials(",\"captchaId\":\"" + id + "\",\"captcha\":\""
                + answer.toLowerCase() + "\""));

        assertThat(reply.status()).isEqualTo(200);
        String token = reply.json().get("token").asText();
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(reply.header("Authorization")).hasValue("Bearer " + token);
        assertThat(api.get(token, "/api/account").status()).isEqualTo(200);
    }

    @Test
    void captchaIsSingleUseEvenWhenTheAnswerWasWrong() {
        String id = api.http.get("/api/captcha").json().get("captchaId").asText();
        String answer = indah.captchaAnswer(id).orElseThrow();

        assertThat(authenticate(credentials(",\"captchaId\":\"" + id + "\",\"captcha\":\"WRONG\"")).status())
                .isEqualTo(400);
        assertThat(indah.captchaAnswer(id)).isEmpty();
        assertThat(api.http.get("/__sim/captcha/" + id).status()).isEqualTo(404);
        assertThat(authenticate(credentials(",\"captchaId\":\"" + id + "\",\"captcha\":\"" + answer + "\"")).status())
                .isEqualTo(400);

        String second = api.http.get("/api/captcha").json().get("captchaId").asText();
        String secondAnswer = api.http.get("/__sim/captcha/" + second).json().get("answer").asText();
        String body = credentials(",\"captchaId\":\"" + second + "\",\"captcha\":\"" + secondAnswer + "\"");
        assertThat(authenticate(body).status()).isEqualTo(200);
        assertThat(authenticate(body).status()).isEqualTo(400);
    }

    @Test
    void captchaExpiresAfterFiveSimulatedMinutes() {
        String id = api.http.get("/api/captcha").json().get("captchaId").asText();
        String answer = indah.captchaAnswer(id).orElseThrow();
        clock.advance(Duration.ofMinutes(5));
        assertThat(authenticate(credentials(",\"captchaId\":\"" + id + "\",\"captcha\":\"" + answer + "\"")).status())
                .isEqualTo(400);
    }

    @Test
    void captchaCanBeSwitchedOff() {
        RawHttp.Reply switched = api.http.call("PUT", "/__sim/captcha").json("{\"required\":false}").send();
        assertThat(switched.json().get("required").asBoolean()).isFalse();
        assertThat(indah.captchaRequired()).isFalse();

        assertThat(authenticate(credentials("")).status()).isEqualTo(200);
    }

    @Test
    void badCredentialsAre401() {
        indah.captchaRequired(false);
        RawHttp.Reply wrongPassword = authenticate("{\"username\":\"walidata.jember\",\"password\":\"nope\"}");
        RawHttp.Reply unknownUser = authenticate("{\"username\":\"nobody\",\"password\":\"x\"}");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.json().toString())
                .isEqualTo("{\"status\":401,\"title\":\"Unauthorized\",\"detail\":\"Bad credentials\"}");
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(unknownUser.json().get("detail").asText()).isEqualTo("Bad credentials");
    }

    @Test
    void malformedLoginBodyIs400() {
        assertThat(authenticate("{not json").status()).isEqualTo(400);
        assertThat(authenticate("[1,2]").status()).isEqualTo(400);
    }

    @Test
    void accountShowsRolesAndOrganisationWithTheModelsKeys() {
        JsonNode account = api.get(api.walidata(), "/api/account").json();

        assertThat(account.fieldNames()).toIterable()
                .containsExactly("username", "name", "email", "authorities", "sdiOrganization");
        assertThat(account.get("username").asText()).isEqualTo("walidata.jember");
        assertThat(account.get("authorities")).extracting(JsonNode::asText)
                .containsExactly("ROLE_WALIDATA", "ROLE_OPERATOR", "ROLE_APPROVAL");
        JsonNode org = account.get("sdiOrganization");
        assertThat(org.fieldNames()).toIterable().containsExactly("id", "name", "details");
        assertThat(org.get("id").asLong()).isEqualTo(IndahDemoData.DISKOMINFO_JEMBER);
        assertThat(org.at("/details").fieldNames()).toIterable().containsExactly("address", "province", "city");
        assertThat(org.at("/details/province/code").asText()).isEqualTo("35");
        assertThat(org.at("/details/city/code").asText()).isEqualTo("3509");
        assertThat(org.at("/details/city/name").asText()).isEqualTo("KABUPATEN JEMBER");

        assertThat(api.get(api.produsen(), "/api/account").json().get("authorities")).extracting(JsonNode::asText)
                .containsExactly("ROLE_PRODUSEN_DATA", "ROLE_OPERATOR");
        assertThat(api.get(api.pembina(), "/api/account").json().get("authorities")).extracting(JsonNode::asText)
                .containsExactly("ROLE_PEMBINA_DATA", "ROLE_APPROVAL");
    }

    @Test
    void protectedEndpointsNeedAValidBearerToken() {
        RawHttp.Reply none = api.http.get("/api/account");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().get("title").asText()).isEqualTo("Unauthorized");
        assertThat(api.get("not-a-token", "/api/account").status()).isEqualTo(401);
        assertThat(api.http.call("GET", "/sdi/v2/metadata-statistik/kegiatan").header("Authorization", "Basic x")
                .send().status()).isEqualTo(401);
    }

    @Test
    void tokenExpiresAfterEightSimulatedHoursByDefault() {
        String token = api.walidata();
        clock.advance(Duration.ofHours(8).minusSeconds(1));
        assertThat(api.get(token, "/api/account").status()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(1));
        RawHttp.Reply expired = api.get(token, "/api/account");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().get("detail").asText()).contains("kedaluwarsa");

        assertThat(api.get(api.walidata(), "/api/account").status()).isEqualTo(200);
    }

    @Test
    void tokenLifetimeIsConfigurable() {
        RawHttp.Reply settings = api.http.call("PUT", "/__sim/settings").json("{\"tokenLifetime\":\"PT30M\"}").send();
        assertThat(settings.json().get("tokenLifetime").asText()).isEqualTo("PT30M");
        String token = api.walidata();
        clock.advance(Duration.ofMinutes(30));
        assertThat(api.get(token, "/api/account").status()).isEqualTo(401);
    }

    @Test
    void tokensCanBeIssuedAndExpiredThroughControls() {
        String issued = api.http.postJson("/__sim/tokens", "{\"username\":\"dinkes.jember\"}").json()
                .get("token").asText();
        String walidata = api.walidata();
        assertThat(api.get(issued, "/api/account").json().get("username").asText()).isEqualTo("dinkes.jember");

        assertThat(api.http.call("DELETE", "/__sim/tokens?username=dinkes.jember").send().json().get("expired")
                .asInt()).isEqualTo(1);
        assertThat(api.get(issued, "/api/account").status()).isEqualTo(401);
        assertThat(api.get(walidata, "/api/account").status()).isEqualTo(200);

        api.http.call("DELETE", "/__sim/tokens").send();
        assertThat(api.get(walidata, "/api/account").status()).isEqualTo(401);
        assertThat(api.http.postJson("/__sim/tokens", "{\"username\":\"ghost\"}").status()).isEqualTo(404);
    }
}
