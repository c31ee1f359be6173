package io.github.bpsconnector.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bpsconnector.testkit.sample.SamplePackages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {

    @TempDir
    Path dir;

    @Test
    void theWholeSopForThreeKegiatanWritesItsFiles() throws IOException {
        StringWriter narration = new StringWriter();
        Path out = dir.resolve("out");

        DemoResult result = Demo.run(out, new PrintWriter(narration));

        String log = narration.toString();
        assertThat(log).contains("kemungkinan duplikat", "catatan perbaikan dari Pembina Data", "Walidata",
                "Pembina Data", "Produsen Data", "SLA 3 hari kerja", "dipublikasikan");
        assertThat(log.lines().filter(l -> l.startsWith("[11]"))).hasSize(3);

        assertThat(result.suratRekomendasi()).hasSize(3);
        assertThat(result.suratKomitmen()).hasSize(3);
        for (Path letter : result.suratRekomendasi()) {
            assertThat(text(letter)).contains("SURAT REKOMENDASI", "LAYAK");
        }
        assertThat(text(result.suratKomitmen().get(0))).contains("SURAT KOMITMEN");

        JsonNode indah = new ObjectMapper().readTree(result.indahReport().toFile());
        assertThat(indah.get("kegiatan")).hasSize(3);
        indah.get("kegiatan").forEach(k -> {
            assertThat(k.get("status").asText()).contains("PUBLISHED");
            assertThat(k.get("msVar")).hasSize(1);
            assertThat(k.get("msInd")).hasSize(1);
        });
        assertThat(indah.toString()).contains(Demo.DISTAN_CORRECTED_TITLE, SamplePackages.DINKES.title());

        Document html = Jsoup.parse(result.statusReport().toFile());
        assertThat(html.select("section.kegiatan")).hasSize(3);
        assertThat(html.select("section.kegiatan ul.dokumen a[href]")).hasSize(9);
        html.select("ul.dokumen a[href]").forEach(a -> assertThat(out.resolve(a.attr("href"))).isRegularFile());

        assertThat(Files.readString(out.resolve("bps-connector-journal.jsonl")))
                .as("the kegiatan went through SopRunner").contains("sop.periksa-walidata", "sop.laporkan-ke-indah");
        try (var folders = Files.list(out.resolve("arsip"))) {
            assertThat(folders.filter(Files::isDirectory).filter(f -> Files.exists(f.resolve("manifest.json"))))
                    .hasSize(3);
        }
    }

    @Test
    void aRunReplacesAnEarlierDemoOutputButNeverAFolderItDidNotWrite() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out").resolve("surat-rekomendasi"));
        Files.writeString(dir.resolve("out").resolve(DemoOutput.MARKER), "output of bps-connector demo");
        Files.writeString(out.resolve("lama.pdf"), "%PDF-1.4 lama");
        Path foreign = Files.createDirectories(dir.resolve("data"));
        Files.writeString(foreign.resolve("penting.txt"), "jangan dihapus");

        assertThatThrownBy(() -> Demo.run(foreign, new PrintWriter(new StringWriter())))
                .isInstanceOf(IOException.class).hasMessageContaining("not empty");
        assertThat(foreign.resolve("penting.txt")).hasContent("jangan dihapus");
        DemoResult again = Demo.run(dir.resolve("out"), new PrintWriter(new StringWriter()));

        assertThat(again.suratRekomendasi()).hasSize(3).noneMatch(p -> p.endsWith("lama.pdf"));
        assertThat(out.resolve("lama.pdf")).doesNotExist();
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
