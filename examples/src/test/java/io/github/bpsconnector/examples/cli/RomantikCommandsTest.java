package io.github.bpsconnector.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.testkit.sample.SampleDocuments;
import io.github.bpsconnector.testkit.sample.SamplePackages;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.json.MetadataJson;
import io.github.bpsconnector.metadata.rules.MetadataValidator;
import io.github.bpsconnector.testkit.SimulatedPortals;
import io.github.bpsconnector.testkit.romantik.NaturalKey;
import io.github.bpsconnector.testkit.romantik.SimulatedRomantik;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RomantikCommandsTest {

    @TempDir
    Path dir;

    private SimulatedPortals portals;
    private SimulatedRomantik romantik;
    private Path config;

    @BeforeEach
    void start() throws IOException {
        portals = SimulatedPortals.start();
        romantik = portals.romantik();
        Path secrets = dir.resolve("rahasia.properties");
        Files.writeString(secrets, "dinkes.username = " + SimulatedRomantik.DEMO_PRODUSEN_EMAIL + "\n"
                + "dinkes.password = " + SimulatedRomantik.DEMO_PRODUSEN_PASSWORD + "\n");
        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(dir.resolve("romantik-override.json"),
                "{\"sso\": {\"baseUrl\": \"" + romantik.ssoBaseUrl() + "\"}}");
        config = dir.resolve("bps-connector.properties");
        Files.writeString(config, String.join("\n",
                "romantik.url = " + romantik.baseUrl(),
                "romantik.profile = romantik-override.json",
                "journal.file = jurnal.jsonl",
                "documents.dir = arsip",
                "secrets.file = rahasia.properties",
                "account.dinkes.label = Dinas Kesehatan Kabupaten Jember",
                "account.dinkes.portal = romantik",
                "account.dinkes.credentials = secrets-file", ""));
    }

    @AfterEach
    void stop() {
        portals.close();
    }

    @Test
    void submitListStatusDownloadAndUpload() throws IOException {
        LocalDate today = LocalDate.now(MetadataValidator.JAKARTA);
        MetadataPackage pkg = SamplePackages.DINKES.toPackage(today);
        Path json = dir.resolve("dinkes.json");
        MetadataJson.write(pkg, json);
        Path kak = SampleDocuments.kak(pkg, dir);
        Path kuesioner = SampleDocuments.kuesioner(pkg, dir);

        Cli submit = romantik("submit", json.toString(), "--kak", kak.toString(), "--kuesioner", kuesioner.toString());
        Cli again = romantik("submit", json.toString(), "--kak", kak.toString(), "--kuesioner", kuesioner.toString());

        assertThat(submit.exitCode()).as(submit.out() + submit.err()).isZero();
        assertThat(submit.out()).contains("terkirim: AT_WALIDATA");
        assertThat(again.exitCode()).isZero();
        NaturalKey key = new NaturalKey(pkg.activity().title(), today.getYear(), "350901");
        assertThat(romantik.countByNaturalKey(key)).isEqualTo(1);
        long id = romantik.allPengajuan().get(0).id();

        assertThat(romantik("list").out()).contains(Long.toString(id), "AT_WALIDATA", pkg.activity().title());

        romantik.reviewer().asWalidata().approve(id, "Tidak ada kegiatan serupa.");
        romantik.reviewer().asPembinaData().recommend(id, List.of("Satu.", "Dua.", "Tiga."));
        assertThat(romantik("status", Long.toString(id)).out()).contains("RECOMMENDED", "Identitas Rekomendasi: V-", "layak / disetujui",
                "Walidata", "Tiga.");

        Cli letter = romantik("unduh-surat", Long.toString(id));
        assertThat(letter.exitCode()).as(letter.out() + letter.err()).isZero();
        try (var stored = Files.list(dir.resolve("arsip"))) {
            assertThat(stored).singleElement().satisfies(f -> assertThat(f.toString()).endsWith(".pdf"));
        }

        Cli upload = romantik("unggah-komitmen", Long.toString(id), kak.toString());
        assertThat(upload.exitCode()).as(upload.out() + upload.err()).isZero();
        assertThat(upload.out()).contains("COMPLETED");
    }

    @Test
    void aWrongPasswordIsAPortalRefusalWithoutTheSecret() throws IOException {
        Files.writeString(dir.resolve("rahasia.properties"), "dinkes.username = "
                + SimulatedRomantik.DEMO_PRODUSEN_EMAIL + "\ndinkes.password = salah-sekali\n");

        Cli run = romantik("list");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PORTAL);
        assertThat(run.err()).contains("GAGAL", "AuthenticationException").doesNotContain("salah-sekali");
    }

    @Test
    void checkProfileAgainstASavedPage() throws Exception {
        String url = romantik.baseUrl() + "/rekomendasi-terbit";
        String html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Path pages = Files.createDirectories(dir.resolve("halaman"));
        Files.writeString(pages.resolve("rekomendasi-terbit.html"),
                "<!-- saved from url=(" + String.format("%04d", url.length()) + ")" + url + " -->\n" + html);

        Cli run = Cli.run("romantik", "check-profile", pages.toString(), "--config", config.toString());

        assertThat(run.out()).contains("COCOK");
        assertThat(run.exitCode()).as(run.out()).isIn(ExitCodes.OK, ExitCodes.WARNINGS);
    }

    private Cli romantik(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "romantik";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--config";
        all[args.length + 2] = config.toString();
        all[args.length + 3] = "--akun";
        all[args.length + 4] = "dinkes";
        return Cli.run(all);
    }
}
