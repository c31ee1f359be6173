package io.github.bpsconnector.examples.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The configuration example of the top-level README is a configuration this build accepts. */
class ReadmeConfigurationTest {

    @Test
    void theReadmeExampleLoads() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("```properties\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("a properties block in README.md").isTrue();
        Properties properties = new Properties();
        properties.load(new StringReader(block.group(1)));

        ConnectorConfig config = ConnectorConfig.parse(properties, Path.of("/srv/bps"), name -> null);

        assertThat(config.accounts()).extracting(AccountConfig::id)
                .containsExactly("dinkes", "dispendik", "walidata-indah");
        assertThat(config.account("dispendik").credentials()).isInstanceOf(CredentialSource.Environment.class);
        assertThat(((CredentialSource.Environment) config.account("dispendik").credentials()).passwordVariable())
                .isEqualTo("JEMBER_DISPENDIK_PASSWORD");
        assertThat(config.account("walidata-indah").credentials()).isInstanceOf(CredentialSource.SecretsFile.class);
    }
}
