package io.github.bpsconnector.workflow.document;

import io.github.bpsconnector.core.file.TargetFolder;
import io.github.bpsconnector.workflow.internal.Sha256Hex;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static io.github.bpsconnector.workflow.document.PdfTexts.oneLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuratKomitmenPdfTest {

    static final SuratRekomendasiInfo LETTER = new SuratRekomendasiInfo(
            "B-123/35090/VS.300/2026", LocalDate.of(2026, 11, 20), "Dinas Kesehatan Kabupaten Jember",
            "Survei Kepuasan Masyarakat Dinas Kesehatan Kabupaten Jember 2026", 2026, "V-26.3509.004", "LAYAK",
            List.of("Cantumkan Identitas Rekomendasi pada halaman depan kuesioner.",
                    "Gunakan kerangka sampel puskesmas terbaru.",
                    "Laporkan metadata kegiatan melalui Walidata."));

    static final ProducerDetails PRODUCER = ProducerDetails.builder()
            .governmentName("Pemerintah Kabupaten Jember")
            .institution("Dinas Kesehatan")
            .address("Jalan Srikoyo No. 3, Patrang, Jember 68111")
            .letterNumber("000.8.3/1234/35.09.311/2026")
            .place("Jember")
            .date(LocalDate.of(2026, 11, 24))
            .signatory(new Signatory("dr. Siti Aminah, M.Kes.", "Kepala Dinas Kesehatan Kabupaten Jember",
                    "Pembina Utama Muda (IV/c)", "19750317 200003 2 004"))
            .build();

    private final SuratKomitmenPdf letter = SuratKomitmenPdf.standard();

    @Test
    void theLetterStatesWhoCommitsToWhatUnderWhichRecommendation() {
        byte[] pdf = letter.render(LETTER, PRODUCER);
        String text = PdfTexts.text(pdf);

        assertThat(text).contains("PEMERINTAH KABUPATEN JEMBER", "DINAS KESEHATAN",
                "SURAT KOMITMEN PELAKSANAAN KEGIATAN STATISTIK", "Nomor: 000.8.3/1234/35.09.311/2026",
                "dr. Siti Aminah, M.Kes.", "Kepala Dinas Kesehatan Kabupaten Jember", "Pembina Utama Muda (IV/c)",
                "NIP. 19750317 200003 2 004", "Jember, 24 November 2026",
                "Nomor B-123/35090/VS.300/2026 tanggal 20 November 2026",
                "Identitas Rekomendasi V-26.3509.004 dan hasil pemeriksaan LAYAK");
        assertThat(text).contains(
                "1. Melaksanakan kegiatan statistik tersebut sesuai dengan rekomendasi dan catatan rekomendasi dari "
                        + "Badan Pusat Statistik.",
                "2. Mencantumkan Identitas Rekomendasi V-26.3509.004 pada instrumen pengumpulan data kegiatan "
                        + "statistik tersebut.",
                "3. Melaporkan metadata kegiatan statistik tersebut (MS-Keg, MS-Var dan MS-Ind) kepada Walidata dan "
                        + "melalui aplikasi INDAH.",
                "4. Menyerahkan hasil kegiatan statistik tersebut kepada Badan Pusat Statistik.");
        assertThat(text).contains("a. Cantumkan Identitas Rekomendasi pada halaman depan kuesioner.",
                "c. Laporkan metadata kegiatan melalui Walidata.");
    }

    @Test
    void theLetterIsOneA4PageNumberedAndReproducible() throws IOException {
        byte[] pdf = letter.render(LETTER, PRODUCER);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(document.getDocumentInformation().getTitle()).contains("V-26.3509.004");
        }
        assertThat(PdfTexts.text(pdf)).contains("Halaman 1 dari 1");
        assertThat(letter.render(LETTER, PRODUCER)).isEqualTo(pdf);
    }

    @Test
    void everyGapIsReportedAtOnceWithItsField() {
        SuratRekomendasiInfo incomplete = new SuratRekomendasiInfo(" ", null, null, "Survei", 2026, null,
                "LAYAK", null);
        ProducerDetails noSigner = ProducerDetails.builder().institution("Dinas Kesehatan").build();

        assertThatThrownBy(() -> letter.render(incomplete, noSigner))
                .isInstanceOf(DocumentInputException.class)
                .satisfies(e -> assertThat(((DocumentInputException) e).problems())
                        .extracting(DocumentInputException.Problem::field)
                        .containsExactly("suratRekomendasi.letterNumber", "suratRekomendasi.date",
                                "suratRekomendasi.recommendationId", "producer.address", "producer.letterNumber",
                                "producer.place", "producer.date", "producer.signatory"))
                .hasMessageContaining("producer.place: Tempat penandatanganan belum diisi");
    }

    @Test
    void aBadNipIsNamedAndTheSignerMustHoldAPosition() {
        for (String nip : List.of("19750317 200003 2 00", "19751317 200003 2 004", "19750317 200013 2 004",
                "19750317 200003 3 004", "1975O317200003200X")) {
            ProducerDetails producer = withSignatory(new Signatory("Siti", " ", null, nip));

            assertThatThrownBy(() -> letter.render(LETTER, producer))
                    .as(nip)
                    .isInstanceOf(DocumentInputException.class)
                    .satisfies(e -> assertThat(((DocumentInputException) e).problems())
                            .extracting(DocumentInputException.Problem::field)
                            .containsExactly("producer.signatory.position", "producer.signatory.nip"));
        }
        assertThat(Nip.problem("197503172000032004")).isEmpty();
        assertThat(Nip.format("197503172000032004")).isEqualTo("19750317 200003 2 004");
    }

    @Test
    void onlyALayakRecommendationDatedBeforeTheLetterIsAccepted() {
        SuratRekomendasiInfo notFeasible = new SuratRekomendasiInfo(LETTER.letterNumber(), LocalDate.of(2026, 11, 25),
                LETTER.addressee(), LETTER.activityTitle(), 2026, LETTER.recommendationId(), "TIDAK LAYAK",
                List.of());

        assertThatThrownBy(() -> letter.render(notFeasible, PRODUCER))
                .isInstanceOf(DocumentInputException.class)
                .satisfies(e -> assertThat(((DocumentInputException) e).problems())
                        .extracting(DocumentInputException.Problem::field)
                        .containsExactly("suratRekomendasi.examinationResult", "producer.date"));
    }

    @Test
    void charactersOutsideWinAnsiAreSpelledOutInsteadOfFailing() {
        SuratRekomendasiInfo symbols = new SuratRekomendasiInfo(LETTER.letterNumber(), LETTER.date(),
                LETTER.addressee(), "Survei Indeks ≤ 100 – Σ skor → α ∞ 中文 😀 x⁴ ạ\u200B\tend", 2026,
                LETTER.recommendationId(), "LAYAK dengan catatan", List.of("Catatan—“kutip” • ≥ 3"));

        String text = PdfTexts.text(letter.render(symbols, PRODUCER));

        assertThat(text).contains("Survei Indeks <= 100 – Sigma skor -> alpha infinity ?? ? x4 a end Tahun 2026",
                "a. Catatan—“kutip” • >= 3");
    }

    @Test
    void writtenAtomicallyWithItsShaAndNeverOverAnotherFile(@TempDir Path dir) throws IOException {
        TargetFolder folder = TargetFolder.of(dir);

        GeneratedDocument first = letter.write(LETTER, PRODUCER, folder);
        GeneratedDocument second = letter.write(LETTER, PRODUCER, folder);

        byte[] onDisk = Files.readAllBytes(first.path());
        assertThat(first.path()).hasFileName("Surat Komitmen V-26.3509.004.pdf").hasParent(folder.path());
        assertThat(first.sha256()).isEqualTo(Sha256Hex.of(onDisk));
        assertThat(first.size()).isEqualTo(onDisk.length);
        assertThat(second.path()).hasFileName("Surat Komitmen V-26.3509.004 (1).pdf");
        assertThat(second.sha256()).isEqualTo(first.sha256());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void badInputLeavesNoFileBehind(@TempDir Path dir) throws IOException {
        TargetFolder folder = TargetFolder.of(dir);
        ProducerDetails noNip = withSignatory(new Signatory("Siti", "Kepala Dinas", null, null));

        assertThatThrownBy(() -> letter.write(LETTER, noNip, folder)).isInstanceOf(DocumentInputException.class);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aRegionMayWordItsOwnCommitments() {
        SuratKomitmenPdf regional = SuratKomitmenPdf.withCommitments(List.of(
                "Mencetak {identitasRekomendasi} pada kuesioner {judulKegiatan} tahun {tahun}.",
                "Melapor kepada Walidata melalui {instansi}."));

        String text = PdfTexts.text(regional.render(LETTER, PRODUCER));

        assertThat(text).contains("1. Mencetak V-26.3509.004 pada kuesioner " + oneLine(LETTER.activityTitle())
                + " tahun 2026.", "2. Melapor kepada Walidata melalui Dinas Kesehatan.");
        assertThat(text).doesNotContain("Menyerahkan hasil kegiatan statistik");
        assertThatThrownBy(() -> SuratKomitmenPdf.withCommitments(List.of("Cetak {nomorKuesioner}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{nomorKuesioner}");
        assertThatThrownBy(() -> SuratKomitmenPdf.withCommitments(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ProducerDetails withSignatory(Signatory signatory) {
        return new ProducerDetails(PRODUCER.governmentName(), PRODUCER.institution(), PRODUCER.address(),
                PRODUCER.letterNumber(), PRODUCER.place(), PRODUCER.date(), signatory);
    }
}
