package io.github.bpsconnector.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the status report in headless Chromium (Debian's {@code chromium}, installed by {@code .ci/chromium.sh})
 * and checks the page the browser built, and that it paints. Skipped, with a message, only where no Chromium
 * binary exists.
 */
class StatusReportChromiumTest {

    private static final long TIMEOUT_SECONDS = 45;

    @TempDir
    Path dir;

    @Test
    void chromiumRendersEveryKegiatanAndTheOverdueMarker() throws Exception {
        Path chromium = chromium();
        Path page = dir.resolve("status.html");
        StatusReportHtml.write(SampleReports.three(), page);

        Document dom = Jsoup.parse(run(chromium, "--dump-dom", page.toUri().toString()));

        assertThat(dom.select("section.kegiatan h2")).extracting(e -> e.text()).containsExactly(
                "Survei Kepuasan Masyarakat terhadap Pelayanan Puskesmas", "Survei Produktivitas Padi Sawah",
                SampleReports.HOSTILE);
        assertThat(dom.select("section#kegiatan-2 .penanda[data-sla=OVERDUE]").text()).isEqualTo("TERLAMBAT");
        assertThat(dom.select("script, img")).as("nothing injected ran or loaded").isEmpty();

        Path screenshot = dir.resolve("status.png");
        run(chromium, "--screenshot=" + screenshot, "--window-size=1200,1800", page.toUri().toString());
        assertThat(screenshot).isRegularFile();
        byte[] png = Files.readAllBytes(screenshot);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(png.length).as("a page with content, not a blank image").isGreaterThan(20_000);
        Path keep = Path.of("target", "status-report-screenshot.png");
        Files.createDirectories(keep.getParent());
        Files.copy(screenshot, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private String run(Path chromium, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + dir.resolve("profile")));
        command.addAll(List.of(args));
        Path stdout = dir.resolve("chromium.out");
        Path stderr = dir.resolve("chromium.err");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        try {
            boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertThat(finished).as("chromium finished within %d s", TIMEOUT_SECONDS).isTrue();
            assertThat(process.exitValue()).as(Files.readString(stderr, StandardCharsets.UTF_8)).isZero();
            return Files.readString(stdout, StandardCharsets.UTF_8);
        } finally {
            process.destroyForcibly();
        }
    }

    private static Path chromium() {
        Optional<Path> found = findOnPath("chromium", "chromium-browser", "google-chrome");
        assumeTrue(found.isPresent(), "SKIPPED: no chromium binary on PATH; run .ci/chromium.sh (Debian: apt-get"
                + " install chromium) to check the HTML status report in a real browser");
        return found.get();
    }

    private static Optional<Path> findOnPath(String... names) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : names) {
            for (String folder : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
