package io.github.bpsconnector.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusReportHtmlTest {

    private final Document page = Jsoup.parse(StatusReportHtml.render(SampleReports.three()));

    @Test
    void eachKegiatanIsASectionWithItsTimelineAndDocuments() {
        assertThat(page.select("section.kegiatan")).hasSize(3);
        Element first = page.selectFirst("section#kegiatan-1");
        assertThat(first.selectFirst("h2").text()).isEqualTo("Survei Kepuasan Masyarakat terhadap Pelayanan Puskesmas");
        assertThat(first.select("ol.linimasa > li.langkah")).hasSize(3);
        assertThat(first.select("li.langkah").get(2).text()).contains("Walidata", "selesai",
                "dikembalikan sekali: kemungkinan duplikat");
        assertThat(first.select("ul.dokumen a[href]")).singleElement()
                .satisfies(a -> assertThat(a.attr("href")).isEqualTo("surat-rekomendasi/dinkes.pdf"));
        assertThat(page.select("table.ringkasan tbody tr")).hasSize(3);
    }

    @Test
    void slaColoursAndTheOverdueMarker() {
        Element overdue = page.selectFirst("section#kegiatan-2");
        assertThat(overdue.select("li.langkah.sla-overdue.state-current")).hasSize(1);
        assertThat(overdue.select(".penanda[data-sla=OVERDUE]").text()).isEqualTo("TERLAMBAT");
        assertThat(page.select("section#kegiatan-3 li.sla-due-soon .penanda").text())
                .isEqualTo("mendekati batas waktu");
        assertThat(page.select("section#kegiatan-1 .penanda[data-sla=OVERDUE]")).isEmpty();
        assertThat(page.select("table.ringkasan tbody tr").get(1).text()).contains("TERLAMBAT", "Memeriksa");
        assertThat(page.selectFirst("style").data()).contains(SlaStatus.OVERDUE.colour(), SlaStatus.ON_TIME.colour(),
                SlaStatus.DUE_SOON.colour());
    }

    @Test
    void everythingIsEscaped() {
        String html = StatusReportHtml.render(SampleReports.three());

        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("img")).isEmpty();
        assertThat(page.select("section#kegiatan-3 h2").text()).isEqualTo(SampleReports.HOSTILE);
        assertThat(page.select("section#kegiatan-3 .opd").text()).isEqualTo("Dinas <b>Pendidikan</b>");
        assertThat(page.select("a[href^=javascript]")).isEmpty();
        assertThat(html).contains("Tautan berbahaya (javascript:alert(1))");
    }

    @Test
    void thePageIsSelfContained() {
        assertThat(page.select("link, script, img, iframe, object, embed")).isEmpty();
        assertThat(page.selectFirst("style").data()).doesNotContain("url(", "@import");
        assertThat(page.select("[src]")).isEmpty();
        assertThat(page.selectFirst("meta[charset]").attr("charset")).isEqualTo("utf-8");
    }

    @Test
    void timesAreShownInWibInIndonesian() {
        // 2026-03-16T03:00Z is 10.00 WIB; generated-at line
        assertThat(page.selectFirst(".dibuat").text()).isEqualTo("Dibuat 16 Maret 2026, 10.00 WIB");
    }

    @Test
    void writtenAtomicallyWithoutLitter(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out/status.html");
        StatusReportHtml.write(SampleReports.three(), file);
        StatusReportHtml.write(SampleReports.three(), file);

        assertThat(Files.readString(file)).isEqualTo(StatusReportHtml.render(SampleReports.three()));
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void slaStatusFollowsTheDeadline() {
        Instant deadline = Instant.parse("2026-03-16T10:00:00Z");
        Duration day = Duration.ofDays(1);

        assertThat(SlaStatus.of(null, null, deadline, day)).isEqualTo(SlaStatus.NONE);
        assertThat(SlaStatus.of(deadline, deadline, deadline, day)).isEqualTo(SlaStatus.ON_TIME);
        assertThat(SlaStatus.of(deadline, deadline.plusSeconds(1), deadline, day)).isEqualTo(SlaStatus.OVERDUE);
        assertThat(SlaStatus.of(deadline, null, deadline.minus(Duration.ofDays(2)), day)).isEqualTo(SlaStatus.ON_TIME);
        assertThat(SlaStatus.of(deadline, null, deadline.minusSeconds(3600), day)).isEqualTo(SlaStatus.DUE_SOON);
        assertThat(SlaStatus.of(deadline, null, deadline.plusSeconds(1), day)).isEqualTo(SlaStatus.OVERDUE);
    }
}
