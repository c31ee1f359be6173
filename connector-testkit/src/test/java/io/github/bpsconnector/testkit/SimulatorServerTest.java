package io.github.bpsconnector.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import io.github.bpsconnector.testkit.romantik.SimulatedRomantik;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimulatorServerTest {

    @Test
    void parsesTheDocumentedFlags() {
        SimulatorServer.Settings settings = SimulatorServer.parse("--romantik-port", "9081", "--indah-port", "9082",
                "--no-captcha", "--token-lifetime", "PT30M", "--clock", "2026-03-01T00:00:00Z", "--no-demo-data");

        assertThat(settings.romantikPort()).isEqualTo(9081);
        assertThat(settings.indahPort()).isEqualTo(9082);
        assertThat(settings.captcha()).isFalse();
        assertThat(settings.tokenLifetime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.clockStart()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(settings.demoData()).isFalse();
        assertThat(settings.help()).isFalse();
    }

    @Test
    void defaultsAndHelp() {
        SimulatorServer.Settings defaults = SimulatorServer.parse();
        assertThat(defaults.romantikPort()).isEqualTo(8081);
        assertThat(defaults.indahPort()).isEqualTo(8082);
        assertThat(defaults.captcha()).isTrue();
        assertThat(SimulatorServer.parse("--help").help()).isTrue();
        assertThat(SimulatorServer.USAGE).contains("--romantik-port", "--indah-port", "--no-captcha", "--help");
    }

    @Test
    void badArgumentsNameTheProblem() {
        assertThatThrownBy(() -> SimulatorServer.parse("--indah-port")).hasMessage("--indah-port needs a value");
        assertThatThrownBy(() -> SimulatorServer.parse("--indah-port", "http")).hasMessageContaining("port number");
        assertThatThrownBy(() -> SimulatorServer.parse("--indah-port", "70000")).hasMessageContaining("65535");
        assertThatThrownBy(() -> SimulatorServer.parse("--verbose")).hasMessage("unknown option --verbose");
        assertThatThrownBy(() -> SimulatorServer.parse("--token-lifetime", "8h")).hasMessageContaining("PT8H");
        assertThatThrownBy(() -> SimulatorServer.parse("--clock", "today")).hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> SimulatorServer.parse("--romantik-port", "9000", "--indah-port", "9000"))
                .hasMessageContaining("must differ");
    }

    @Test
    void startsIndahOnLoopbackAndPrintsTheDemoAccounts() throws IOException {
        SimulatorServer.Settings settings = SimulatorServer.parse("--indah-port", "0", "--romantik-port", "0",
                "--no-captcha", "--clock", "2026-03-01T00:00:00Z");
        try (SimulatedPortals portals = SimulatorServer.start(settings);
                RawHttp http = new RawHttp(portals.indah().baseUrl())) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            SimulatorServer.printBanner(settings, portals, new PrintStream(bytes, true, StandardCharsets.UTF_8));
            String banner = bytes.toString(StandardCharsets.UTF_8);

            assertThat(banner).contains("INDAH     " + portals.indah().baseUrl(), "walidata.jember", "Walidata#2026",
                    "dinkes.jember", "pembina.jember", "captcha off", "2026-03-01T00:00:00Z");
            assertThat(portals.indah().baseUrl()).startsWith("http://127.0.0.1:");
            assertThat(http.postJson("/api/authenticate",
                    "{\"username\":\"dinkes.jember\",\"password\":\"Produsen#2026\"}").status()).isEqualTo(200);
            assertThat(banner).contains("ROMANTIK  " + portals.romantik().baseUrl(),
                    SimulatedRomantik.DEMO_PRODUSEN_EMAIL, SimulatedRomantik.DEMO_WALIDATA_EMAIL,
                    portals.romantik().ssoBaseUrl());
        }
    }

    @Test
    void noDemoDataLeavesRomantikWithoutAccounts() {
        SimulatorServer.Settings settings = SimulatorServer.parse("--indah-port", "0", "--romantik-port", "0",
                "--no-demo-data");
        try (SimulatedPortals portals = SimulatorServer.start(settings)) {
            assertThat(portals.romantik().accounts()).isEmpty();
            assertThat(portals.romantik().clock()).isSameAs(portals.clock());
        }
    }
}
