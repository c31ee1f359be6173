package io.github.bpsconnector.testkit.romantik;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class SuratRekomendasiPdfTest {

    private static SuratRekomendasi surat(String judul, List<String> catatan) {
        return new SuratRekomendasi("B-12/3509/VS.300/2026", LocalDate.of(2026, 3, 5),
                "Dinas Kesehatan Kabupaten Jember", judul, 2026, "V-26.3509.004", "3509", "BPS Kabupaten Jember",
                "Kepala BPS Kabupaten Jember", catatan);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theLetterCarriesTheLinesOfTheModel() throws IOException {
        byte[] pdf = SuratRekomendasiPdf.render(surat("Survei Kepuasan Pasien 2026",
                List.of("Catatan satu.", "Catatan dua.", "Catatan tiga.")));

        List<String> lines = text(pdf).lines().map(String::strip).toList();

        assertThat(lines).containsSubsequence(
                "BADAN PUSAT STATISTIK KABUPATEN JEMBER",
                "SURAT REKOMENDASI KEGIATAN STATISTIK",
                "Nomor: B-12/3509/VS.300/2026",
                "Tanggal: 5 Maret 2026",
                "Kepada: Dinas Kesehatan Kabupaten Jember",
                "Judul Kegiatan: Survei Kepuasan Pasien 2026",
                "Tahun: 2026",
                "Identitas Rekomendasi: V-26.3509.004",
                "Hasil Pemeriksaan: LAYAK",
                "Hasil pemeriksaan dinyatakan LAYAK dengan catatan rekomendasi terlampir.",
                "Catatan Rekomendasi:",
                "1. Catatan satu.", "2. Catatan dua.", "3. Catatan tiga.",
                "Kepala BPS Kabupaten Jember");
    }

    @Test
    void longTextWrapsAndManyCatatanContinueOnANewPage() throws IOException {
        String longNote = "Pastikan jadwal pengumpulan data sesuai dengan jumlah petugas dan jumlah responden "
                + "yang direncanakan, ".repeat(4);
        List<String> catatan = java.util.Collections.nCopies(40, longNote);

        byte[] pdf = SuratRekomendasiPdf.render(surat("Survei", catatan));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(text(pdf)).contains("40. Pastikan jadwal").contains("Kepala BPS Kabupaten Jember");
    }

    @Test
    void charactersHelveticaCannotShowBecomeQuestionMarks() throws IOException {
        byte[] pdf = SuratRekomendasiPdf.render(surat("Survei Ōmega \u4e2d\u6587 ≥ 2026\nbaris",
                List.of("a", "b", "c")));

        assertThat(text(pdf)).contains("Judul Kegiatan: Survei ?mega ?? ? 2026 baris");
    }

    @Test
    void wrapCutsAWordLongerThanTheLine() {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

        List<String> lines = SuratRekomendasiPdf.wrap("x".repeat(300), font, 11, 100);

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join("", lines)).isEqualTo("x".repeat(300));
    }
}
