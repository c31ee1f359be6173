package io.github.bpsconnector.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.bpsconnector.core.http.Transports.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.PortalUnavailableException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS against a WireMock HTTPS server whose self-signed certificate is made by the JDK's keytool. */
class TlsTest {

    private static final String PASSWORD = "changeit-tls";

    @TempDir
    static Path dir;

    private static WireMockServer server;
    private static Path trustStore;

    @BeforeAll
    static void start() throws Exception {
        Path keyStore = dir.resolve("server.p12");
        keytool("-genkeypair", "-alias", "portal", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-keystore", keyStore.toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD, "-keypass", PASSWORD);
        trustStore = trustStoreWith(certificateOf(keyStore), dir.resolve("trust.p12"));
        server = new WireMockServer(wireMockConfig().dynamicPort().dynamicHttpsPort()
                .keystorePath(keyStore.toString()).keystoreType("PKCS12")
                .keystorePassword(PASSWORD).keyManagerPassword(PASSWORD));
        server.start();
        server.stubFor(get("/secure").willReturn(aResponse().withBody("rahasia negara")));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static URI secure() {
        return URI.create("https://localhost:" + server.httpsPort() + "/secure");
    }

    @Test
    void serverTrustedThroughTheGivenTrustStore() {
        HttpSettings http = Transports.http().tlsTrust(TlsTrust.trustStore(trustStore, PASSWORD.toCharArray()))
                .build();
        try (PortalHttpClient client = Transports.client(http, Transports.resilience().build())) {
            PortalResponse response = client.send(PortalRequest.get(secure()).build(), session());

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).isEqualTo("rahasia negara");
        }
    }

    @Test
    void untrustedServerFailsBeforeSendingAndIsNotRetried() {
        server.resetRequests();
        try (PortalHttpClient client = Transports.client()) { // system trust store: does not know the certificate
            PortalUnavailableException e = catchThrowableOfType(PortalUnavailableException.class,
                    () -> client.send(PortalRequest.get(secure()).build(), session()));

            assertThat(e.delivery()).isEqualTo(Delivery.NOT_SENT);
            assertThat(e.getCause()).isInstanceOf(SSLHandshakeException.class);
            assertThat(e.getMessage()).contains("1 attempt:");
        }
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void wrongTrustStorePasswordIsRefusedWithoutPrintingIt() {
        HttpSettings http = Transports.http().tlsTrust(TlsTrust.trustStore(trustStore, "wrong-pw-77".toCharArray()))
                .build();

        assertThatThrownBy(() -> Transports.client(http, Transports.resilience().build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(trustStore.toString())
                .hasMessageNotContaining("wrong-pw-77");
    }

    @Test
    void missingTrustStoreIsNamed() {
        Path missing = dir.resolve("missing.p12");
        HttpSettings http = Transports.http().tlsTrust(TlsTrust.trustStore(missing, null)).build();

        assertThatThrownBy(() -> Transports.client(http, Transports.resilience().build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing.p12");
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static Certificate certificateOf(Path keyStore) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(keyStore.toFile(), PASSWORD.toCharArray());
        return store.getCertificate("portal");
    }

    private static Path trustStoreWith(Certificate certificate, Path file)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("portal", certificate);
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
        return file;
    }
}
