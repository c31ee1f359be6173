package io.github.bpsconnector.romantik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled profile, partial overrides merged over it, and entries named in every refusal. */
class RomantikProfileTest {

    @TempDir
    Path folder;

    @Test
    void bundlesThePortalModel() {
        RomantikProfile profile = RomantikProfile.defaults();

        assertThat(profile.baseUrl()).isEqualTo(URI.create("https://romantik.web.bps.go.id"));
        assertThat(profile.loginMode()).isEqualTo(LoginMode.SSO);
        assertThat(profile.ssoRealmPrefix()).isEqualTo("https://sso.bps.go.id/auth/realms/eksternal/");
        assertThat(profile.uri("blok", 12, 3)).isEqualTo(URI.create("https://romantik.web.bps.go.id/pengajuan/12/blok/3"));
        assertThat(profile.uri("terbitDetail", "a b/c")).hasToString(
                "https://romantik.web.bps.go.id/rekomendasi-terbit/a%20b%2Fc");
        assertThat(profile.match("blok", URI.create("/pengajuan/12/blok/3"))).hasValue(Map.of("id", "12", "n", "3"));
        assertThat(profile.match("blok", URI.create("/pengajuan/12/ringkasan"))).isEmpty();
        assertThat(profile.formField("iii_variabel")).isEqualTo("iii_variabel");
        assertThat(profile.statusLabels(RomantikProfile.STATUS_PENGAJUAN)).containsEntry("belum divalidasi",
                "SUBMITTED");
    }

    @Test
    void mergesAPartialOverrideFileOverTheDefaults() throws Exception {
        Path override = Files.writeString(folder.resolve("override.json"), """
                {"baseUrl": "https://romantik.example.go.id/",
                 "loginMode": "form",
                 "paths": {"home": "/dashboard"},
                 "statusLabels": {"statusPengajuan": {"Menunggu Verifikasi": "SUBMITTED"}},
                 "formFields": {"judul_kegiatan": "judul"}}
                """);

        RomantikProfile profile = RomantikProfile.fromFile(override);

        assertThat(profile.baseUrl()).isEqualTo(URI.create("https://romantik.example.go.id"));
        assertThat(profile.loginMode()).isEqualTo(LoginMode.FORM);
        assertThat(profile.path("home")).isEqualTo("/dashboard");
        assertThat(profile.path("profil")).isEqualTo("/profil");
        assertThat(profile.formField("judul_kegiatan")).isEqualTo("judul");
        assertThat(profile.statusLabels(RomantikProfile.STATUS_PENGAJUAN)).containsEntry("menunggu verifikasi",
                "SUBMITTED").containsEntry("draft", "DRAFT");
        assertThat(RomantikProfile.fromJson(profile.toJson()).path("home")).isEqualTo("/dashboard");
    }

    @Test
    void namesTheEntryOfEveryMistake() {
        RomantikProfile defaults = RomantikProfile.defaults();

        assertRefused(() -> defaults.overriddenBy("{\"selectors\": {\"lsit.row\": \"tr\"}}"), "selectors.lsit.row");
        assertRefused(() -> defaults.withSelector("list.row", "table[[["), "selectors.list.row");
        assertRefused(() -> defaults.overriddenBy("{\"letterPatterns\": {\"tahun\": \"(\"}}"),
                "letterPatterns.tahun");
        assertRefused(() -> defaults.overriddenBy("{\"statusLabels\": {\"statusWalidata\": {\"x\": \"MAYBE\"}}}"),
                "statusLabels.statusWalidata.x");
        assertRefused(() -> defaults.overriddenBy("{\"statusLabels\": {\"statusLain\": {\"x\": \"DRAFT\"}}}"),
                "statusLabels.statusLain");
        assertRefused(() -> defaults.overriddenBy("{\"paths\": {\"home\": \"beranda\"}}"), "paths.home");
        assertRefused(() -> defaults.overriddenBy("{\"paths\": \"x\"}"), "paths");
        assertRefused(() -> defaults.overriddenBy("{\"loginMode\": \"OTP\"}"), "loginMode");
        assertRefused(() -> defaults.overriddenBy("{\"limits\": {\"maxBerkasBytes\": -1}}"), "limits.maxBerkasBytes");
        assertRefused(() -> defaults.overriddenBy("{\"fields\": {\"csrf\": \" \"}}"), "fields.csrf");
        assertRefused(() -> defaults.overriddenBy("{not json"), "");
        assertRefused(() -> defaults.overriddenBy(folder.resolve("missing.json")), "");
    }

    private static void assertRefused(Runnable load, String key) {
        assertThatThrownBy(load::run).isInstanceOfSatisfying(InvalidProfileException.class,
                e -> assertThat(e.key()).isEqualTo(key));
    }
}
