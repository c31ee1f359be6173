package io.github.bpsconnector.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentCredentialsProviderTest {

    @Test
    void readsTheDefaultVariablesOfAPortal() {
        Map<String, String> env = Map.of("BPS_ROMANTIK_USER", " produsen@jemberkab ",
                "BPS_ROMANTIK_PASSWORD", "Rahasia#2026");

        try (Credentials credentials = EnvironmentCredentialsProvider.forPortal("romantik", env::get).get()) {
            assertThat(credentials.username()).isEqualTo("produsen@jemberkab");
            assertThat(credentials.copyPassword()).containsExactly("Rahasia#2026".toCharArray());
        }
    }

    @Test
    void readsConfiguredVariableNames() {
        Map<String, String> env = Map.of("MY_USER", "walidata", "MY_PASS", "pw");

        try (Credentials credentials = new EnvironmentCredentialsProvider("MY_USER", "MY_PASS", env::get).get()) {
            assertThat(credentials.username()).isEqualTo("walidata");
        }
    }

    @Test
    void aMissingPasswordVariableIsNamedWithoutAnyValue() {
        Map<String, String> env = Map.of("BPS_INDAH_USER", "walidata-user-x");

        assertThatThrownBy(() -> EnvironmentCredentialsProvider.forPortal("indah", env::get).get())
                .isExactlyInstanceOf(CredentialsException.class)
                .hasMessageContaining("BPS_INDAH_PASSWORD")
                .hasMessageNotContaining("walidata-user-x")
                .satisfies(e -> assertThat(((CredentialsException) e).portal()).isEqualTo("local"));
    }

    @Test
    void aBlankVariableCountsAsMissing() {
        Map<String, String> env = Map.of("BPS_INDAH_USER", "  ", "BPS_INDAH_PASSWORD", "pw-value");

        assertThatThrownBy(() -> EnvironmentCredentialsProvider.forPortal("indah", env::get).get())
                .isExactlyInstanceOf(CredentialsException.class)
                .hasMessageContaining("BPS_INDAH_USER")
                .hasMessageNotContaining("pw-value");
    }

    @Test
    void readsTheEnvironmentAtEachLogin() {
        Map<String, String> env = new java.util.HashMap<>(Map.of("U", "walidata", "P", "old"));
        CredentialsProvider provider = new EnvironmentCredentialsProvider("U", "P", env::get);
        provider.get().close();

        env.put("P", "new");

        try (Credentials credentials = provider.get()) {
            assertThat(credentials.copyPassword()).containsExactly("new".toCharArray());
        }
    }
}
