package io.github.bpsconnector.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpsconnector.core.resilience.ResilienceSettings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.hc.core5.http.message.BasicHeader;
import org.junit.jupiter.api.Test;

class SettingsAndMessagesTest {

    @Test
    void httpDefaultsAreTheDocumentedOnes() {
        HttpSettings d = HttpSettings.defaults();
        assertThat(d.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(d.responseTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(d.poolMaxTotal()).isEqualTo(20);
        assertThat(d.poolMaxPerRoute()).isEqualTo(4);
        assertThat(d.poolLeaseTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(d.maxBytes(BodyKind.HTML)).isEqualTo(5L << 20);
        assertThat(d.maxBytes(BodyKind.JSON)).isEqualTo(10L << 20);
        assertThat(d.maxBytes(BodyKind.BINARY)).isEqualTo(64L << 20);
        assertThat(d.proxy()).isNull();
        assertThat(d.tlsTrust()).isEqualTo(TlsTrust.system());
        assertThat(d.toBuilder().build()).isEqualTo(d);
    }

    @Test
    void resilienceDefaultsAreTheDocumentedOnes() {
        ResilienceSettings d = ResilienceSettings.defaults();
        assertThat(d.maxAttempts()).isEqualTo(4);
        assertThat(d.backoffBase()).isEqualTo(Duration.ofMillis(500));
        assertThat(d.backoffCap()).isEqualTo(Duration.ofSeconds(30));
        assertThat(d.attemptTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(d.ratePermits()).isEqualTo(4);
        assertThat(d.rateMaxWait()).isEqualTo(Duration.ofSeconds(30));
        assertThat(d.toBuilder().build()).isEqualTo(d);
    }

    @Test
    void wrongSettingsNameTheSetting() {
        assertThatThrownBy(() -> HttpSettings.builder().connectTimeout(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> HttpSettings.builder().poolMaxPerRoute(30).build())
                .hasMessageContaining("poolMaxPerRoute");
        assertThatThrownBy(() -> HttpSettings.builder().proxy(URI.create("http://u:p@proxy:3128")).build())
                .hasMessageContaining("proxy").hasMessageNotContaining("u:p");
        assertThatThrownBy(() -> HttpSettings.builder().maxHtmlBytes(0).build()).hasMessageContaining("maxHtmlBytes");
        assertThatThrownBy(() -> ResilienceSettings.builder().maxAttempts(0).build())
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> ResilienceSettings.builder().jitter(1.5).build()).hasMessageContaining("jitter");
        assertThatThrownBy(() -> ResilienceSettings.builder()
                .backoff(Duration.ofSeconds(2), 2, Duration.ofSeconds(1)).build()).hasMessageContaining("backoffCap");
    }

    @Test
    void settingsToStringRedactsTheTrustStorePassword() {
        HttpSettings s = HttpSettings.builder()
                .tlsTrust(TlsTrust.trustStore(Path.of("portal.p12"), "s3cret-pw".toCharArray())).build();

        assertThat(s.toString()).contains("portal.p12", "[redacted]").doesNotContain("s3cret-pw");
    }

    @Test
    void trustStorePasswordIsCopiedSoTheCallerMayClearIt() {
        char[] password = "pw-1".toCharArray();
        TlsTrust trust = TlsTrust.trustStore(Path.of("a.p12"), password);
        java.util.Arrays.fill(password, '\0');

        assertThat(trust).isEqualTo(TlsTrust.trustStore(Path.of("a.p12"), "pw-1".toCharArray()));
    }

    @Test
    void requestSafetyDefaultsByMethodAndCanBeDeclared() {
        URI uri = URI.create("https://romantik.example/login");
        assertThat(PortalRequest.get(uri).build().safe()).isTrue();
        assertThat(PortalRequest.builder("HEAD", uri).build().safe()).isTrue();
        assertThat(PortalRequest.post(uri).build().safe()).isFalse();
        assertThat(PortalRequest.builder("delete", uri).build().safe()).isFalse();
        assertThat(PortalRequest.post(uri).safe(true).build().safe()).isTrue();
        assertThat(PortalRequest.get(uri).safe(false).build().repeatable()).isFalse();
        assertThat(PortalRequest.post(uri).build().operation()).isEqualTo("POST /login");
    }

    @Test
    void requestRefusesNonHttpOrCredentialCarryingUris() {
        assertThatThrownBy(() -> PortalRequest.get(URI.create("ftp://x.example/a")).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PortalRequest.get(URI.create("/relative")).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PortalRequest.get(URI.create("https://u:pw@x.example/a")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("pw");
    }

    @Test
    void requestToStringShowsNoValues() {
        PortalRequest r = PortalRequest.post(URI.create("https://x.example/login?token=abc"))
                .header("Authorization", "Bearer t0k").form(Map.of("password", "pw-9")).build();

        assertThat(r.toString()).contains("Authorization", "password").doesNotContain("abc", "t0k", "pw-9");
    }

    @Test
    void responseDecodesWithTheDeclaredCharsetAndLooksUpHeadersIgnoringCase() {
        byte[] latin1 = "Kabupaten Jémber".getBytes(StandardCharsets.ISO_8859_1);
        PortalResponse r = new PortalResponse(200, List.of(new BasicHeader("Content-Type",
                "text/html; charset=ISO-8859-1"), new BasicHeader("X-A", "1"), new BasicHeader("x-a", "2")),
                latin1, URI.create("https://x.example/p"));

        assertThat(r.text()).isEqualTo("Kabupaten Jémber");
        assertThat(r.header("x-A")).contains("1");
        assertThat(r.headers("X-A")).containsExactly("1", "2");
        assertThat(r.contentType()).hasValueSatisfying(t -> assertThat(t.getMimeType()).isEqualTo("text/html"));
    }

    @Test
    void responseWithoutOrWithAnUnknownCharsetIsUtf8() {
        byte[] utf8 = "Kabupaten Jémber".getBytes(StandardCharsets.UTF_8);
        URI uri = URI.create("https://x.example/p");

        assertThat(new PortalResponse(200, List.of(), utf8, uri).text()).isEqualTo("Kabupaten Jémber");
        assertThat(new PortalResponse(200, List.of(new BasicHeader("Content-Type", "text/html; charset=nonsense")),
                utf8, uri).text()).isEqualTo("Kabupaten Jémber");
    }

    @Test
    void responseBodyCannotBeChangedFromOutside() {
        byte[] body = {1, 2, 3};
        PortalResponse r = new PortalResponse(200, List.of(), body, URI.create("https://x.example/p"));
        body[0] = 9;
        r.body()[1] = 9;

        assertThat(r.body()).containsExactly(1, 2, 3);
    }
}
