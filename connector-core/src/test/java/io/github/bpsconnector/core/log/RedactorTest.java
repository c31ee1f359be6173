package io.github.bpsconnector.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.junit.jupiter.api.Test;

class RedactorTest {

    private final Redactor redactor = Redactor.defaults();

    @Test
    void headersOffTheAllowListAreRedacted() {
        assertThat(redactor.header("Content-Type", "text/html")).isEqualTo("Content-Type: text/html");
        assertThat(redactor.headerValue("X-Custom", "value-123")).isEqualTo(Redactor.REDACTED);
    }

    @Test
    void secretHeadersAreRedactedEvenWhenAllowed() {
        Redactor careless = redactor.allowHeaders("Authorization", "Cookie", "Set-Cookie", "X-CSRF-TOKEN");
        for (String name : List.of("Authorization", "authorization", "Cookie", "Set-Cookie", "X-CSRF-TOKEN",
                "X-XSRF-TOKEN", "Proxy-Authorization")) {
            assertThat(careless.headerValue(name, "s3cr3t")).as(name).isEqualTo(Redactor.REDACTED);
        }
    }

    @Test
    void secretQueryParametersAndFormFieldsAreNeverPrinted() {
        Redactor careless = redactor.allowQueryParameters("code", "state", "token", "session_code")
                .allowFormFields("password", "_token", "_csrf", "captcha", "id_token");
        String uri = careless.uri(URI.create(
                "https://sso.example/cb?code=C0DE&state=ST4TE&token=T0K&session_code=SC0DE&page=2"));
        assertThat(uri).doesNotContain("C0DE", "ST4TE", "T0K", "SC0DE").contains("page=2", "code=[redacted]");
        String form = careless.formFields(List.of(new BasicNameValuePair("password", "hunter2"),
                new BasicNameValuePair("_token", "csrf-1"), new BasicNameValuePair("_csrf", "csrf-2"),
                new BasicNameValuePair("captcha", "XKCD"), new BasicNameValuePair("id_token", "jwt"),
                new BasicNameValuePair("new_password_confirmation", "hunter3")));
        assertThat(form).doesNotContain("hunter2", "csrf-1", "csrf-2", "XKCD", "jwt", "hunter3")
                .isEqualTo("password=[redacted]&_token=[redacted]&_csrf=[redacted]&captcha=[redacted]"
                        + "&id_token=[redacted]&new_password_confirmation=[redacted]");
    }

    @Test
    void formFieldsAndParametersPrintOnlyWhenAllowed() {
        Redactor portal = redactor.allowFormFields("kode_kegiatan").allowQueryParameters("q");
        assertThat(portal.formFields(List.of(new BasicNameValuePair("kode_kegiatan", "K-1"),
                new BasicNameValuePair("nama", "Budi")))).isEqualTo("kode_kegiatan=K-1&nama=[redacted]");
        assertThat(portal.uri(URI.create("https://x.example/a?q=ekonomi&email=a%40b.c")))
                .isEqualTo("https://x.example/a?q=ekonomi&email=[redacted]");
        assertThat(redactor.uri(URI.create("https://x.example/a?q=ekonomi"))).endsWith("q=[redacted]");
    }

    @Test
    void uriDropsUserInfoAndFragment() {
        assertThat(redactor.uri(URI.create("https://user:pw@x.example:8443/p/q?page=1#frag")))
                .isEqualTo("https://x.example:8443/p/q?page=1");
    }

    @Test
    void locationHeaderIsPrintedWithItsQueryRedacted() {
        assertThat(redactor.headerValue("Location", "https://sso.example/login?state=abc&page=1"))
                .isEqualTo("https://sso.example/login?state=[redacted]&page=1");
    }
}
