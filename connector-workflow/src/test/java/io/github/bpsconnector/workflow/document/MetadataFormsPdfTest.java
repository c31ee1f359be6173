package io.github.bpsconnector.workflow.document;

import io.github.bpsconnector.core.file.TargetFolder;
import io.github.bpsconnector.metadata.ActivityHeader;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsInd;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.MsVar;
import io.github.bpsconnector.metadata.ValueDomainEntry;
import io.github.bpsconnector.workflow.internal.Sha256Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.github.bpsconnector.workflow.document.PdfTexts.oneLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetadataFormsPdfTest {

    private static final MetadataPackage SKJHI = SkjhiFixture.metadataPackage();

    @Test
    void msVarShowsTheFormHeaderAndEveryVariable() {
        String text = PdfTexts.text(MetadataFormsPdf.renderMsVar(SKJHI));

        assertThat(text).contains("METADATA STATISTIK VARIABEL (MS-Var)",
                "Nama Kegiatan : Survei Kepuasan Jemaah Haji Indonesia, 2018", "Penyelenggara : Kemeterian Agama RI",
                "Nama Variabel (2)", "Klasifikasi Isian (9)", "Dapat Diakses Umum? (12)");
        assertThat(SKJHI.variables()).hasSize(2).allSatisfy(v -> assertThat(text).contains(
                oneLine(v.name()), v.alias(), oneLine(v.definition()), oneLine(v.questionText()),
                oneLine(v.selectionReferences().get(0))));
        assertThat(text).contains("1 = tidak puas 2 = kurang puas 3 = puas 4 = sangat puas", "1. Ya");
    }

    @Test
    void msIndPrintsBothPartsWithSymbolsSpelledOut() {
        String text = PdfTexts.text(MetadataFormsPdf.renderMsInd(SKJHI));

        assertThat(text).contains("METADATA STATISTIK INDIKATOR (MS-Ind)", "Bagian 1: kolom (1) sampai (9)",
                "Bagian 2: kolom (1), (2) dan (10) sampai (17)", "Interpretasi (5)", "Level Estimasi (16)",
                "- 50 <= IKJHI < 65 : pelayanan perlu ditingkatkan (buruk)", "Tingkat Kepuasan Pelayanan Katering",
                "kelompok umur jenis kelamin pendidikan");
        assertThat(SKJHI.indicators()).hasSize(8).allSatisfy(i -> assertThat(text).contains(
                oneLine(i.name()), oneLine(i.definition())));
    }

    @Test
    void a120VariablePackageRunsOverNumberedPagesWithTheHeaderOnEach() {
        MetadataPackage large = packageOf(IntStream.rangeClosed(1, 120).mapToObj(MetadataFormsPdfTest::variable)
                .toList());

        byte[] pdf = MetadataFormsPdf.renderMsVar(large);

        List<String> pages = PdfTexts.pageTexts(pdf);
        assertThat(pages).hasSizeGreaterThan(3);
        for (int page = 1; page <= pages.size(); page++) {
            assertThat(pages.get(page - 1)).contains("Nama Variabel (2)", "Definisi (5)",
                    "Halaman " + page + " dari " + pages.size());
        }
        String text = PdfTexts.text(pdf);
        assertThat(large.variables()).allSatisfy(v -> assertThat(text).contains(v.name(), v.definition()));
    }

    @Test
    void aRowTallerThanAPageIsSplitAcrossPagesWithoutLosingWords() {
        String huge = IntStream.rangeClosed(1, 1500).mapToObj(i -> String.format("kata%04d", i))
                .collect(Collectors.joining(" "));
        MsVar tall = variable(1).toBuilder().definition(huge).build();

        byte[] pdf = MetadataFormsPdf.renderMsVar(packageOf(List.of(tall, variable(2))));

        assertThat(PdfTexts.pages(pdf)).isGreaterThan(2);
        String text = PdfTexts.text(pdf);
        List<Integer> positions = new ArrayList<>();
        for (String word : huge.split(" ")) {
            positions.add(text.indexOf(word));
        }
        assertThat(positions).doesNotContain(-1).isSorted();
        assertThat(text).contains(variable(2).definition());
    }

    @Test
    void theHeaderFallsBackToTheRowsWhenTheMsKegIsEmpty() {
        MetadataPackage onlyRows = MetadataPackage.builder()
                .addVariable(variable(1).toBuilder().header(ActivityHeader.builder()
                        .title("Kompilasi Data Puskesmas 2026").organizer("Dinas Kesehatan").code("K-1").build())
                        .build())
                .build();

        assertThat(PdfTexts.text(MetadataFormsPdf.renderMsVar(onlyRows))).contains(
                "Nama Kegiatan : Kompilasi Data Puskesmas 2026", "Kode Kegiatan (diisi petugas) : K-1",
                "Penyelenggara : Dinas Kesehatan");
    }

    @Test
    void aPackageWithoutRowsOrTitleIsRefused() {
        assertThatThrownBy(() -> MetadataFormsPdf.renderMsInd(MetadataPackage.EMPTY))
                .isInstanceOf(DocumentInputException.class)
                .satisfies(e -> assertThat(((DocumentInputException) e).problems())
                        .extracting(DocumentInputException.Problem::field)
                        .containsExactly("indicators", "activity.title"));
    }

    @Test
    void writtenFilesCarryTheirSha(@TempDir Path dir) throws IOException {
        TargetFolder folder = TargetFolder.of(dir);

        GeneratedDocument msVar = MetadataFormsPdf.writeMsVar(SKJHI, folder);
        GeneratedDocument msInd = MetadataFormsPdf.writeMsInd(SKJHI, folder);

        assertThat(msVar.path()).hasFileName("MS-Var Survei Kepuasan Jemaah Haji Indonesia, 2018.pdf");
        assertThat(msVar.sha256()).isEqualTo(Sha256Hex.of(Files.readAllBytes(msVar.path())));
        assertThat(msInd.sha256()).isEqualTo(Sha256Hex.of(Files.readAllBytes(msInd.path())));
        assertThat(Files.readAllBytes(msVar.path())).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(MetadataFormsPdf.renderMsInd(SKJHI)).isEqualTo(Files.readAllBytes(msInd.path()));
    }

    private static MetadataPackage packageOf(List<MsVar> variables) {
        return MetadataPackage.builder()
                .activity(MsKeg.builder().title("Survei Contoh 120 Variabel 2026").year(2026).build())
                .variables(variables)
                .addIndicator(MsInd.builder().name("Indikator").build())
                .build();
    }

    private static MsVar variable(int n) {
        return MsVar.builder()
                .number(n)
                .name(String.format("Variabel nomor %03d", n))
                .alias(String.format("B1R%dK1", n))
                .concept("Konsep " + n)
                .definition(String.format("Definisi%03d adalah penjelasan variabel nomor %d dalam survei", n, n))
                .addSelectionReference("Perpres 39/2019")
                .timeReference("saat pencacahan")
                .dataType("Integer")
                .addValueDomainEntry(ValueDomainEntry.builder().code("1").label("Ya").build())
                .addValueDomainEntry(ValueDomainEntry.builder().code("2").label("Tidak").build())
                .questionText("Apakah ... ?")
                .publiclyAccessible(n % 2 == 0)
                .build();
    }
}
