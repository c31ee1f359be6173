package io.github.bpsconnector.indah;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpsconnector.indah.wire.MsKegWire;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndahProfileTest {

    @Test
    void theBundledProfileHoldsThePortalsPathsLabelsAndMisspellings() {
        IndahProfile profile = IndahProfile.defaults();

        assertThat(profile.apiBaseUrl()).isEqualTo(URI.create("https://indah-api.bps.go.id"));
        assertThat(profile.path("kegiatanById")).isEqualTo("/sdi/v2/metadata-statistik/kegiatan/{id}");
        assertThat(profile.dataKey("instansi_penyelenggara")).isEqualTo("instansi_penyelanggara");
        assertThat(profile.dataKey("frekuensi_penyelenggaraan")).isEqualTo("frekuensi_penyelanggara");
        assertThat(profile.dataKey("unit_analisis")).isEqualTo("unit_analsis");
        assertThat(profile.status("CORRECTION_REQUIRED").status()).isEqualTo(MetadataStatus.CORRECTION_REQUIRED);
        assertThat(profile.status("ARSIP")).isEqualTo(new StatusLabel(MetadataStatus.UNKNOWN, "ARSIP"));
    }

    @Test
    void aFileOverridesOnlyTheValuesItHolds(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("indah-profile.json");
        Files.writeString(file, """
                {"apiBaseUrl": "https://indah-api.example/", "paths": {"kegiatan": "/sdi/v3/kegiatan"},
                 "statuses": {"PUBLISHED": "DIPUBLIKASIKAN"}, "dataKeys": {"unit_analisis": "unit_analisis"}}""");

        IndahProfile profile = IndahProfile.fromFile(file);

        assertThat(profile.apiBaseUrl()).isEqualTo(URI.create("https://indah-api.example"));
        assertThat(profile.path("kegiatan")).isEqualTo("/sdi/v3/kegiatan");
        assertThat(profile.path("variabel")).isEqualTo("/sdi/v2/metadata-statistik/variabel");
        assertThat(profile.status("DIPUBLIKASIKAN").status()).isEqualTo(MetadataStatus.PUBLISHED);
        assertThat(new MsKegWire(profile).write(TestForms.msKeg("Survei")).path("blok_vii").has("unit_analisis"))
                .isTrue();
    }

    @Test
    void aBrokenProfileIsRefusedNamingWhatIsWrong(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"statuses\": {\"DRAFT\": \"\"}}");
        assertThatThrownBy(() -> IndahProfile.fromFile(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("statuses.DRAFT");
        Files.writeString(file, "{\"paths\": ");
        assertThatThrownBy(() -> IndahProfile.fromFile(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> IndahProfile.defaults().path("nowhere")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("paths.nowhere");
    }

    @Test
    void anOverrideThatCouldOnlyFailLaterIsRefusedNamingTheValue(@TempDir Path dir) throws Exception {
        Map<String, String> broken = Map.of(
                "{\"paths\": {\"kegiatann\": \"/x\"}}", "paths.kegiatann",
                "{\"paths\": \"/sdi\"}", "paths",
                "{\"paths\": {\"kegiatan\": \"sdi/v2/kegiatan\"}}", "paths.kegiatan",
                "{\"apiBaseUrl\": \"https://indah api\"}", "apiBaseUrl",
                "{\"webBaseUrl\": \"indah.bps.go.id\"}", "webBaseUrl",
                "{\"pageSize\": {\"kegiatan\": \"lima\"}}", "pageSize.kegiatan",
                "{\"pageSize\": {\"children\": 0}}", "pageSize.children",
                "{\"statuses\": {\"ARCHIVED\": \"X\"}}", "statuses.ARCHIVED");
        Path file = dir.resolve("broken.json");
        for (Map.Entry<String, String> entry : broken.entrySet()) {
            Files.writeString(file, entry.getKey());
            assertThatThrownBy(() -> IndahProfile.fromFile(file)).as(entry.getKey())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(entry.getValue());
        }
        Files.writeString(file, "{\"dataKeys\": {\"kode_baru\": \"kode_bru\"}, "
                + "\"apiBaseUrl\": \"http://127.0.0.1:8080\"}");
        assertThat(IndahProfile.fromFile(file).dataKey("kode_baru")).isEqualTo("kode_bru");
        assertThatThrownBy(() -> IndahProfile.defaults().with("pageSize.kegiatn", "10"))
                .hasMessageContaining("pageSize.kegiatn");
    }

    @Test
    void theBuilderCanChangeOneValue() {
        assertThat(IndahProfile.defaults().with("pageSize.kegiatan", "10").number("pageSize.kegiatan")).isEqualTo(10);
        assertThat(IndahProfile.defaults().number("pageSize.kegiatan")).isEqualTo(50);
    }
}
