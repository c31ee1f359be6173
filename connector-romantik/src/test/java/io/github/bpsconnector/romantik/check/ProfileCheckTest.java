package io.github.bpsconnector.romantik.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.romantik.RomantikProfile;
import io.github.bpsconnector.romantik.check.ProfileCheckReport.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile check on a HAR export and saved pages: matches, what a changed page has instead, no secrets. */
class ProfileCheckTest {

    private static final String BASE = "https://romantik.web.bps.go.id";
    private static final String SECRET_COOKIE = "romantik_session=eyJpdiI6IlNFQ1JFVCJ9";
    private static final String PASSWORD = "Rahasia-PST-2026";

    @TempDir
    Path folder;

    private static String page(String name) throws IOException {
        try (InputStream in = ProfileCheckTest.class.getResourceAsStream(
                "/io/github/bpsconnector/romantik/pages/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A HAR as a browser exports it, with cookies, a posted password and a CSRF token the report must not show. */
    private Path har(Map<String, String> pagesByPath) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ArrayNode entries = root.putObject("log").put("version", "1.2").putArray("entries");
        ObjectNode login = entries.addObject();
        login.putObject("request").put("method", "POST").put("url", BASE + "/login?state=SECRETSTATE")
                .putObject("postData").put("text", "_token=TOKEN123&email=dinkes%40jemberkab.example&password="
                        + PASSWORD);
        login.putObject("response").put("status", 302).putArray("headers").addObject().put("name", "Set-Cookie")
                .put("value", SECRET_COOKIE);
        ObjectNode image = entries.addObject();
        image.putObject("request").put("method", "GET").put("url", BASE + "/logo.png");
        image.putObject("response").put("status", 200).putObject("content").put("mimeType", "image/png")
                .put("text", "iVBOR");
        boolean encode = false;
        for (Map.Entry<String, String> page : pagesByPath.entrySet()) {
            ObjectNode entry = entries.addObject();
            ObjectNode request = entry.putObject("request").put("method", "GET").put("url", BASE + page.getKey());
            request.putArray("headers").addObject().put("name", "Cookie").put("value", SECRET_COOKIE);
            request.putArray("cookies").addObject().put("name", "romantik_session").put("value", "eyJpdiI6IlNFQ1JFVCJ9");
            ObjectNode content = entry.putObject("response").put("status", 200).putObject("content")
                    .put("mimeType", "text/html; charset=UTF-8");
            String html = page.getValue().replace("csrf-token-of-the-saved-page", "TOKEN123");
            if (encode) {
                content.put("encoding", "base64").put("text", Base64.getEncoder().encodeToString(
                        html.getBytes(StandardCharsets.UTF_8)));
            } else {
                content.put("text", html);
            }
            encode = !encode;
        }
        Path file = folder.resolve("romantik.har");
        Files.writeString(file, json.writeValueAsString(root));
        return file;
    }

    private Map<String, String> livePages(String daftar) throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/beranda", page("beranda.html"));
        pages.put("/profil", page("profil.html"));
        pages.put("/pengajuan?tahun=2026", page(daftar));
        pages.put("/pengajuan/1", page("detail-layak.html"));
        pages.put("/pengajuan/2", page("detail-draft.html"));
        pages.put("/pengajuan/1/blok/9", page("blok-9.html"));
        pages.put("/pengajuan/2/blok/2", page("blok-2.html"));
        pages.put("/walidata/pengajuan", page("walidata-daftar.html"));
        pages.put("/rekomendasi-terbit", page("rekomendasi-terbit.html"));
        pages.put("/rekomendasi-terbit/abcDEF123", page("rekomendasi-terbit-detail.html"));
        pages.put("/dashboard-baru", "<html><body><h1>Baru</h1></body></html>");
        return pages;
    }

    @Test
    void theBundledProfileMatchesPagesOfThePortalModel() throws IOException {
        ProfileCheckReport report = new ProfileCheck(RomantikProfile.defaults())
                .check(List.of(har(livePages("daftar-pengajuan.html"))));

        assertThat(report.finding("paths.home")).get().extracting(ProfileCheckReport.Finding::result)
                .isEqualTo(Result.MATCHES);
        assertThat(report.finding("selectors.list.row").orElseThrow().result()).isEqualTo(Result.MATCHES);
        assertThat(report.finding("selectors.detail.catatanRow").orElseThrow().result()).isEqualTo(Result.MATCHES);
        assertThat(report.finding("fields.berkas.jenis").orElseThrow().result()).isEqualTo(Result.MATCHES);
        assertThat(report.finding("formFields.ii_pj_nama").orElseThrow().result()).isEqualTo(Result.MATCHES);
        assertThat(report.finding("statusLabels.statusPengajuan.layak").orElseThrow().result())
                .isEqualTo(Result.MATCHES);
        assertThat(report.finding("texts.terbitDetail.identitas").orElseThrow().result()).isEqualTo(Result.MATCHES);
        assertThat(report.finding("selectors.sso.form").orElseThrow().result()).isEqualTo(Result.NOT_CHECKED);
        assertThat(report.finding("formFields.v_unit_sampel").orElseThrow().result()).isEqualTo(Result.NOT_CHECKED);
        assertThat(report.findings(Result.MISSING)).allSatisfy(finding -> assertThat(finding.detail())
                .as(finding.entry()).contains("keadaan tertentu"));
        assertThat(report.toText()).contains("/dashboard-baru").contains("tidak dikenali");
    }

    @Test
    void reportsWhatAChangedPageHasInsteadAndNeverASecret() throws IOException {
        ProfileCheckReport report = new ProfileCheck(RomantikProfile.defaults())
                .check(List.of(har(livePages("daftar-pengajuan-changed.html"))));

        ProfileCheckReport.Finding missing = report.finding("selectors.list.statusWalidata").orElseThrow();
        assertThat(missing.result()).isEqualTo(Result.MISSING);
        assertThat(missing.detail()).contains(".pemeriksaan-walidata");
        String text = report.toText();
        assertThat(text).contains("[TIDAK COCOK] selectors.list.statusWalidata = td.status-walidata")
                .doesNotContain("eyJpdiI6IlNFQ1JFVCJ9", PASSWORD, "TOKEN123", "SECRETSTATE", "dinkes@jemberkab");
    }

    @Test
    void reportsUnknownStatusLabelsAndChecksSavedHtmlWithItsAddress() throws IOException {
        String renamed = page("daftar-pengajuan.html").replace(">layak<", ">Terbit<");
        Path saved = Files.writeString(folder.resolve("daftar.html"),
                "<!-- saved from url=(0040)https://romantik.web.bps.go.id/pengajuan -->\n" + renamed);

        ProfileCheckReport report = new ProfileCheck(RomantikProfile.defaults()).check(List.of(saved));

        assertThat(report.finding("paths.pengajuanList").orElseThrow().result()).isEqualTo(Result.MATCHES);
        ProfileCheckReport.Finding unknown = report.finding("statusLabels.statusPengajuan.Terbit").orElseThrow();
        assertThat(unknown.result()).isEqualTo(Result.MISSING);
        assertThat(unknown.detail()).contains("UNKNOWN").contains("FEASIBLE");
    }

    @Test
    void checksLetterPatternsAgainstALettersText() {
        String letter = "Nomor: B-4/3509/VS.300/2026\nTanggal: 5 Maret 2026\nKepada: Dinas Kesehatan\n"
                + "Judul Kegiatan: Survei\nTahun: 2026\nIdentitas: V-26.3509.004\nHasil Pemeriksaan: LAYAK\n"
                + "Catatan Rekomendasi:\n1. Satu\n";

        ProfileCheckReport report = new ProfileCheck(RomantikProfile.defaults()).check(List.of(), List.of(letter));

        assertThat(report.finding("letterPatterns.nomorSurat").orElseThrow().result()).isEqualTo(Result.MATCHES);
        ProfileCheckReport.Finding identity = report.finding("letterPatterns.identitasRekomendasi").orElseThrow();
        assertThat(identity.result()).isEqualTo(Result.MISSING);
        assertThat(identity.detail()).contains("Identitas: V-26.3509.004");
    }

    @Test
    void refusesAFileThatIsNotHar() throws IOException {
        Path bad = Files.writeString(folder.resolve("export.har"), "{\"not\": \"har\"}");

        assertThatThrownBy(() -> new ProfileCheck(RomantikProfile.defaults()).check(List.of(bad)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("export.har");
    }
}
