package io.github.bpsconnector.romantik.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpsconnector.core.error.FileRejectedException;
import io.github.bpsconnector.core.error.PortalChangedException;
import io.github.bpsconnector.romantik.RomantikProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Surat Rekomendasi PDF laid out as portal-model §2.7 says, written with PDFBox, read back by the parser. */
class SuratRekomendasiParserTest {

    @TempDir
    Path folder;

    private final SuratRekomendasiParser parser = new SuratRekomendasiParser(RomantikProfile.defaults());

    /** Writes one text line per entry, 16 points apart, as a letter would be laid out. */
    private Path letter(List<String> lines) throws IOException {
        Path file = folder.resolve("Surat-Rekomendasi.pdf");
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = 780;
                for (String line : lines) {
                    if (!line.isEmpty()) {
                        content.beginText();
                        content.setFont(font, 11);
                        content.newLineAtOffset(line.startsWith("   ") ? 72 : 56, y);
                        content.showText(line.strip());
                        content.endText();
                    }
                    y -= 16;
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static List<String> lines(String judulFirstLine, String judulSecondLine) {
        return List.of("BADAN PUSAT STATISTIK", "BADAN PUSAT STATISTIK KABUPATEN JEMBER", "",
                "SURAT REKOMENDASI KEGIATAN STATISTIK", "Nomor: B-4/3509/VS.300/2026", "Tanggal: 5 Maret 2026",
                "Kepada: Dinas Kesehatan Kabupaten Jember", "", "Judul Kegiatan: " + judulFirstLine, judulSecondLine,
                "Tahun: 2026", "Identitas Rekomendasi: V-26.3509.004", "Hasil Pemeriksaan: LAYAK", "",
                "Hasil pemeriksaan dinyatakan LAYAK dengan catatan rekomendasi terlampir.", "",
                "Catatan Rekomendasi:", "1. Cantumkan identitas rekomendasi pada kuesioner dan pedoman",
                "   pencacahan.", "2. Gunakan konsep dan definisi baku.", "3. Laporkan metadata kegiatan ke INDAH.",
                "", "Kepala BPS Kabupaten Jember");
    }

    @Test
    void readsEveryFieldIncludingWrappedLines() throws IOException {
        SuratRekomendasi surat = parser.parse(letter(lines("Survei Kepuasan Pasien Puskesmas", "Kabupaten Jember")));

        assertThat(surat.nomorSurat()).isEqualTo("B-4/3509/VS.300/2026");
        assertThat(surat.tanggal()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(surat.kepada()).isEqualTo("Dinas Kesehatan Kabupaten Jember");
        assertThat(surat.judulKegiatan()).isEqualTo("Survei Kepuasan Pasien Puskesmas Kabupaten Jember");
        assertThat(surat.tahun()).isEqualTo(2026);
        assertThat(surat.identitasRekomendasi()).isEqualTo(new RecommendationIdentity("V-26.3509.004", 'V', 26,
                "3509", 4));
        assertThat(surat.identitasRekomendasi().isSurvei()).isTrue();
        assertThat(surat.isLayak()).isTrue();
        assertThat(surat.catatan()).containsExactly(
                "Cantumkan identitas rekomendasi pada kuesioner dan pedoman pencacahan.",
                "Gunakan konsep dan definisi baku.", "Laporkan metadata kegiatan ke INDAH.");
    }

    @Test
    void aMissingFieldNamesItsPattern() throws IOException {
        List<String> withoutIdentity = lines("Survei Kepuasan Pasien", "").stream()
                .filter(line -> !line.startsWith("Identitas")).toList();

        assertThatThrownBy(() -> parser.parse(letter(withoutIdentity)))
                .isInstanceOfSatisfying(PortalChangedException.class, e -> assertThat(e.expectation())
                        .startsWith("letterPatterns.identitasRekomendasi = "));
    }

    @Test
    void aProfileOverrideReadsAnotherLayout() {
        RomantikProfile profile = RomantikProfile.defaults().overriddenBy(
                "{\"letterPatterns\": {\"nomorSurat\": \"No\\\\.\\\\s*Surat\\\\s*:\\\\s*(\\\\S+)\"}}");
        String text = String.join("\n", lines("Survei Kepuasan Pasien", "")).replace("Nomor:", "No. Surat:");

        assertThat(new SuratRekomendasiParser(profile).parseText(text).nomorSurat()).isEqualTo("B-4/3509/VS.300/2026");
    }

    @Test
    void aFileThatIsNotAPdfIsRejected() throws IOException {
        Path notPdf = Files.writeString(folder.resolve("surat.pdf"), "<html>Page Expired</html>");

        assertThatThrownBy(() -> parser.parse(notPdf)).isInstanceOfSatisfying(FileRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(FileRejectedException.Reason.TYPE));
    }

    @Test
    void readsIdentitiesAndIndonesianDates() {
        assertThat(RecommendationIdentity.parse("K-23.3300.002")).get().satisfies(id -> {
            assertThat(id.isSurvei()).isFalse();
            assertThat(id.officeCode()).isEqualTo("3300");
        });
        assertThat(RecommendationIdentity.parse("V-2026.3509.4")).isEmpty();
        assertThat(IndonesianDates.parse("17 Agustus 2026")).hasValue(LocalDate.of(2026, 8, 17));
        assertThat(IndonesianDates.parse("1 Nopember 2026")).hasValue(LocalDate.of(2026, 11, 1));
        assertThat(IndonesianDates.parse("31 Februari 2026")).isEmpty();
        assertThat(IndonesianDates.parse("5 March 2026")).isEmpty();
    }
}
