package io.github.bpsconnector.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.bpsconnector.core.http.Transports.uri;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs login-like exchanges carrying a password, a session cookie, a bearer token, CSRF fields and OAuth-style query
 * parameters with the connector's loggers at TRACE, and looks for the secret values in every captured log line,
 * exception message and {@code toString()}.
 */
class LogRedactionTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String PASSWORD = "Pa55word-Rahasia";
    private static final String CSRF = "csrf-Zq8xY1";
    private static final String SESSION_COOKIE = "laravelSession-9f8e7d";
    private static final String REMEMBER_COOKIE = "remember-6a5b4c";
    private static final String BEARER = "eyJhbGciOi.bearer-token";
    private static final String SESSION_CODE = "sesscode-314159";
    private static final String OAUTH_CODE = "oauth-code-2718";
    private static final String OAUTH_STATE = "oauth-state-1618";
    private static final String CAPTCHA = "captcha-XK7Q";
    private static final String TRUSTSTORE_PASSWORD = "truststore-pw-55";
    private static final List<String> SECRETS = List.of(PASSWORD, CSRF, SESSION_COOKIE, REMEMBER_COOKIE, BEARER,
            SESSION_CODE, OAUTH_CODE, OAUTH_STATE, CAPTCHA, TRUSTSTORE_PASSWORD);

    @Test
    void noSecretReachesALogLineAnExceptionMessageOrAToString() {
        stubPortal();
        List<String> texts = new ArrayList<>();
        String log = capturingSystemErr(() -> runLoginLikeExchanges(texts));

        assertThat(log).as("the transport logged the attempts, with redacted values")
                .contains("attempt 1", "login.kirim", "[redacted]", "password=[redacted]", "_token=[redacted]",
                        "Set-Cookie: [redacted]", "Authorization: [redacted]", "session_code=[redacted]");
        for (String secret : SECRETS) {
            assertThat(log).as("log").doesNotContain(secret);
            assertThat(texts).as("exception messages and toString()")
                    .noneMatch(text -> text.contains(secret));
        }
    }

    private void stubPortal() {
        wm.stubFor(get("/login").willReturn(aResponse().withHeader("Set-Cookie",
                "laravel_session=" + SESSION_COOKIE + "; Path=/; HttpOnly")
                .withBody("<form><input name=\"_token\" value=\"" + CSRF + "\"></form>")));
        wm.stubFor(post("/login").willReturn(aResponse().withStatus(302)
                .withHeader("Location", "/dashboard?session_code=" + SESSION_CODE + "&page=1")
                .withHeader("Set-Cookie", "laravel_session=" + SESSION_COOKIE + "; Path=/")));
        wm.stubFor(get(urlPathEqualTo("/dashboard")).willReturn(aResponse().withBody("ok")));
        wm.stubFor(get("/api/me").willReturn(aResponse().withStatus(401)
                .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")));
        wm.stubFor(post("/api/kirim").willReturn(aResponse().withStatus(503)));
        wm.stubFor(get(urlPathEqualTo("/sso/callback")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
    }

    private void runLoginLikeExchanges(List<String> texts) {
        HttpSettings settings = Transports.http()
                .tlsTrust(TlsTrust.trustStore(Path.of("target", "any.p12"), TRUSTSTORE_PASSWORD.toCharArray()))
                .build();
        texts.add(settings.toString());
        texts.add(settings.tlsTrust().toString());
        HttpClientContext session = HttpClientContext.create();
        try (PortalHttpClient client = Transports.client()) {
            texts.add(client.send(PortalRequest.get(uri(wm, "/login")).operation("login.halaman").build(), session)
                    .toString());

            Map<String, String> form = new LinkedHashMap<>();
            form.put("_token", CSRF);
            form.put("email", "walidata@jemberkab.go.id");
            form.put("password", PASSWORD);
            form.put("captcha", CAPTCHA);
            PortalRequest login = PortalRequest.post(uri(wm, "/login")).form(form).operation("login.kirim")
                    .header("Cookie", "remember_web=" + REMEMBER_COOKIE).header("X-CSRF-TOKEN", CSRF).build();
            texts.add(login.toString());
            texts.add(client.send(login, session).toString());

            PortalRequest me = PortalRequest.get(uri(wm, "/api/me")).header("Authorization", "Bearer " + BEARER)
                    .expect(BodyKind.JSON).operation("akun.baca").build();
            texts.add(me.toString());
            texts.add(client.send(me, session).toString());

            PortalRequest kirim = PortalRequest.post(uri(wm, "/api/kirim"))
                    .header("Authorization", "Bearer " + BEARER)
                    .json("{\"password\":\"" + PASSWORD + "\",\"_token\":\"" + CSRF + "\"}").build();
            texts.add(kirim.toString());
            Throwable unavailable = catchThrowable(() -> client.send(kirim, session));
            texts.add(unavailable.getMessage());
            texts.add(unavailable.toString());

            URI callback = URI.create(wm.baseUrl() + "/sso/callback?code=" + OAUTH_CODE + "&state=" + OAUTH_STATE);
            Throwable unknown = catchThrowable(() -> client.send(PortalRequest.get(callback).build(), session));
            texts.add(unknown.getMessage());
            texts.add(unknown.toString());
            assertThat(unavailable).isNotNull();
            assertThat(unknown).isNotNull();
        }
    }

    private static String capturingSystemErr(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        original.print(text);
        return text;
    }
}
