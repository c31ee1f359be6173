package io.github.bpsconnector.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.testkit.sample.SampleDocuments;
import io.github.bpsconnector.testkit.sample.SamplePackages;
import io.github.bpsconnector.workflow.document.SuratKomitmenPdf;
import io.github.bpsconnector.workflow.document.SuratRekomendasiInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDocumentsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private final MetadataPackage pkg = SamplePackages.DISTAN.toPackage(DAY);

    @Test
    void kakAndKuesionerAreReadablePdfsAboutTheKegiatan(@TempDir Path dir) throws IOException {
        Path kak = SampleDocuments.kak(pkg, dir);
        Path kuesioner = SampleDocuments.kuesioner(pkg, dir);

        assertThat(text(kak)).contains("KERANGKA ACUAN KERJA", "Produktivitas Padi Sawah", "2026-04-13");
        assertThat(text(kuesioner)).contains("RANCANGAN KUESIONER", "B2R1.", "[3] baik");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("kak.pdf", "kuesioner.pdf");
    }

    @Test
    void theSampleProducerCanSignASuratKomitmen() throws IOException {
        SuratRekomendasiInfo letter = new SuratRekomendasiInfo("B-1/3509/VS.300/2026", DAY,
                SamplePackages.DISTAN.organizer(), SamplePackages.DISTAN.title(), 2026, "V-26.3509.001", "LAYAK",
                List.of("Catatan satu.", "Catatan dua.", "Catatan tiga."));

        byte[] pdf = SuratKomitmenPdf.standard().render(letter,
                SampleProducers.of(SamplePackages.DISTAN, DAY.plusDays(1)));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("SURAT KOMITMEN", "V-26.3509.001");
        }
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
