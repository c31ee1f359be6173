package io.github.bpsconnector.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"password", "PASSWORD", "user_pwd", "X-CSRF-Token", "_csrf", "XSRF-TOKEN", "cookie",
        "Set-Cookie", "bearerToken", "access_token", "sessionCode", "session_state", "JSESSIONID", "Authorization",
        "apiKey", "client-secret", "credentials", "private.key", "__RequestVerificationToken"})
    void namesOfSecretsAreRefused(String key) {
        assertThat(SecretNames.isSecret(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pengajuanId", "judul", "tahun", "instansi", "kakFile", "sha256", "kodeKegiatan",
        "status", "nomorSurat"})
    void ordinaryNamesAreAllowed(String key) {
        assertThat(SecretNames.isSecret(key)).isFalse();
    }
}
