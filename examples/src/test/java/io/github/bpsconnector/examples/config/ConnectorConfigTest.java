package io.github.bpsconnector.examples.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.bpsconnector.core.session.CredentialsException;
import io.github.bpsconnector.core.session.Credentials;
import io.github.bpsconnector.core.session.InsecureFileException;
import io.github.bpsconnector.core.session.OwnerOnlyFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectorConfigTest {

    @TempDir
    Path dir;

    private static final String MANY_ACCOUNTS = String.join("\n",
            "indah.url = http://127.0.0.1:8082",
            "journal.file = data/journal.jsonl",
            "secrets.file = rahasia.properties",
            "account.dinkes.label = Dinas Kesehatan Kabupaten Jember",
            "account.dinkes.portal = romantik",
            "account.dinkes.credentials = env",
            "account.dispendik.label = Dinas Pendidikan Kabupaten Jember",
            "account.dispendik.portal = romantik",
            "account.dispendik.credentials = env",
            "account.dispendik.env.prefix = JEMBER_DISPENDIK",
            "account.walidata-indah.label = Diskominfo Kabupaten Jember",
            "account.walidata-indah.portal = indah",
            "account.walidata-indah.role = walidata",
            "account.walidata-indah.credentials = secrets-file",
            "");

    @Test
    void oneFileHoldsTheAccountsOfManyPerangkatDaerah() throws IOException {
        Map<String, String> env = Map.of("BPS_DINKES_USER", "dinkes.jember", "BPS_DINKES_PASSWORD", "rahasia-1",
                "JEMBER_DISPENDIK_USER", "dispendik.jember", "JEMBER_DISPENDIK_PASSWORD", "rahasia-2");
        ConnectorConfig config = ConnectorConfig.load(configFile(MANY_ACCOUNTS), env::get);

        assertThat(config.accounts()).extracting(AccountConfig::id)
                .containsExactly("dinkes", "dispendik", "walidata-indah");
        assertThat(config.accounts(Portal.ROMANTIK)).hasSize(2);
        assertThat(config.account("walidata-indah").role()).isEqualTo(AccountRole.WALIDATA);
        assertThat(config.romantikUrl()).isEqualTo(URI.create(Portal.ROMANTIK.defaultUrl()));
        assertThat(config.indahUrl()).isEqualTo(URI.create("http://127.0.0.1:8082"));
        assertThat(config.journalFile()).isEqualTo(dir.resolve("data/journal.jsonl"));
        try (Credentials dinkes = config.credentials("dinkes").get();
                Credentials dispendik = config.credentials("dispendik").get()) {
            assertThat(dinkes.username()).isEqualTo("dinkes.jember");
            assertThat(dispendik.username()).isEqualTo("dispendik.jember");
            assertThat(new String(dispendik.copyPassword())).isEqualTo("rahasia-2");
        }
        assertThat(config.toString()).doesNotContain("rahasia");
    }

    @Test
    void theSecretsFileMustBeOwnerOnly() throws IOException {
        ConnectorConfig config = ConnectorConfig.load(configFile(MANY_ACCOUNTS), name -> null);
        Path secrets = dir.resolve("rahasia.properties");
        Files.writeString(secrets, "walidata-indah.username = walidata.jember\nwalidata-indah.password = W#2026\n");
        assumeThat(OwnerOnlyFiles.hasPosixPermissions(secrets)).as("POSIX permissions").isTrue();

        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> config.credentials("walidata-indah").get())
                .isInstanceOf(InsecureFileException.class);

        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-------"));
        try (Credentials walidata = config.credentials("walidata-indah").get()) {
            assertThat(walidata.username()).isEqualTo("walidata.jember");
        }
    }

    @Test
    void aMissingVariableIsNamedWithoutAnyValue() throws IOException {
        ConnectorConfig config = ConnectorConfig.load(configFile(MANY_ACCOUNTS), Map.of("BPS_DINKES_USER", "x")::get);

        assertThatThrownBy(() -> config.credentials("dinkes").get())
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("BPS_DINKES_PASSWORD");
    }

    @Test
    void aPasswordInTheConfigurationFileIsRefused() throws IOException {
        Path file = configFile(MANY_ACCOUNTS + "account.dinkes.password = Produsen#2026\n");

        assertThatThrownBy(() -> ConnectorConfig.load(file, name -> null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("account.dinkes.password")
                .hasMessageNotContaining("Produsen#2026");
    }

    @Test
    void unknownKeysAndWrongValuesAreNamed() throws IOException {
        assertThatThrownBy(() -> ConnectorConfig.load(configFile("romantik.adres = x\n"), name -> null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("romantik.adres");
        assertThatThrownBy(() -> ConnectorConfig.load(configFile("account.a.portal = sirusa\n"), name -> null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("account.a.portal");
        assertThatThrownBy(() -> ConnectorConfig.load(configFile("account.a.label = A\n"), name -> null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("account.a.portal is missing");
        assertThatThrownBy(() -> ConnectorConfig.load(configFile("indah.url = ftp://x\n"), name -> null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("indah.url");
        assertThatThrownBy(() -> ConnectorConfig.load(dir.resolve("tidak-ada.properties"), name -> null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("tidak-ada.properties");
        ConnectorConfig config = ConnectorConfig.load(configFile(MANY_ACCOUNTS), name -> null);
        assertThatThrownBy(() -> config.account("dinsos"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("dinkes, dispendik, walidata-indah");
    }

    @Test
    void thePaceOfThePortalClientsIsFourRequestsASecondUnlessRaisedForTheSimulators() throws IOException {
        assertThat(ConnectorConfig.load(configFile(""), name -> null).requestsPerSecond()).isEqualTo(4);
        assertThat(ConnectorConfig.load(configFile("requests.per.second = 1000\n"), name -> null)
                .requestsPerSecond()).isEqualTo(1000);
        for (String wrong : new String[] {"0", "1001", "cepat", "2.5"}) {
            assertThatThrownBy(() -> ConnectorConfig.load(configFile("requests.per.second = " + wrong + "\n"),
                    name -> null)).isInstanceOf(ConfigException.class)
                    .hasMessageContaining("requests.per.second must be a whole number from 1 to 1000");
        }
    }

    private Path configFile(String text) throws IOException {
        Path file = dir.resolve("bps-connector.properties");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
