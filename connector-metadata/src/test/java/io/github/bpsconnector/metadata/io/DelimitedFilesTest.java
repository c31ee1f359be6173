package io.github.bpsconnector.metadata.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What only CSV/TSV files can get wrong: delimiters, byte order marks, encodings, quotes. */
class DelimitedFilesTest {

    @TempDir
    Path dir;

    private void write(String file, String text, Charset charset) throws Exception {
        Files.write(dir.resolve(file), text.getBytes(charset));
    }

    private void writeValidRest() throws Exception {
        write("ms_variabel.csv", "judul_kegiatan,nama\r\n", StandardCharsets.UTF_8);
        write("ms_indikator.csv", "judul_kegiatan,nama\r\n", StandardCharsets.UTF_8);
    }

    @Test
    void readsSemicolonFilesWithAByteOrderMarkAndQuotedLineBreaks() throws Exception {
        write("ms_kegiatan.csv", "\uFEFFjudul_kegiatan;iii_latar_belakang_kegiatan;i_telepon\r\n"
                + "Survei A 2024;\"Baris satu; masih sel yang sama\r\nBaris \"\"dua\"\"\";+62 21 555\r\n",
                StandardCharsets.UTF_8);
        write("ms_variabel.csv", "\uFEFFjudul_kegiatan;nama;referensi_pemilihan\n"
                + "Survei A 2024;Umur;\"Perpres 39/2019\nUU 16/1997\"\n", StandardCharsets.UTF_8);
        write("ms_indikator.csv", "judul_kegiatan,nama\n", StandardCharsets.UTF_8);

        ImportResult result = new MetadataImporter().importCsv(dir);

        assertThat(result.report().errors()).isEmpty();
        assertThat(result.packages()).singleElement().satisfies(p -> {
            assertThat(p.activity().planning().background())
                    .isEqualTo("Baris satu; masih sel yang sama\nBaris \"dua\"");
            assertThat(p.activity().organizer().contact().phone()).isEqualTo("+62 21 555");
            assertThat(p.variables().get(0).selectionReferences()).containsExactly("Perpres 39/2019", "UU 16/1997");
        });
    }

    @Test
    void windows1252BytesAreReportedAtTheirRowAndColumn() throws Exception {
        write("ms_kegiatan.csv", "judul_kegiatan,tahun\nSurvei Retribusi 2024,2024\n", StandardCharsets.UTF_8);
        write("ms_variabel.csv", "judul_kegiatan,no,nama\nSurvei Retribusi 2024,1,Retribusi \u2013 pasar\n"
                + "Survei Retribusi 2024,2,Pajak daerah\n", Charset.forName("windows-1252"));
        write("ms_indikator.csv", "judul_kegiatan,nama\n", StandardCharsets.UTF_8);

        ImportResult result = new MetadataImporter().importCsv(dir);

        ImportProblem problem = result.report().problems(ImportProblemKind.BAD_ENCODING).get(0);
        assertThat(problem.location()).isEqualTo("ms_variabel.csv, baris 2, kolom C (nama)");
        assertThat(problem.value()).isEqualTo("Retribusi \uFFFD pasar");
        assertThat(problem.message()).contains("UTF-8");
        assertThat(result.report().problems(ImportProblemKind.BAD_ENCODING)).hasSize(1);
        assertThat(result.packages()).isEmpty();
    }

    @Test
    void anUnclosedQuoteIsReportedAtTheRowWhereItOpens() throws Exception {
        write("ms_kegiatan.csv", "judul_kegiatan,iii_tujuan_kegiatan\nSurvei A,\"tujuan tanpa penutup\n"
                + "Survei B,lain\n", StandardCharsets.UTF_8);
        writeValidRest();

        ImportResult result = new MetadataImporter().importCsv(dir);

        ImportProblem problem = result.report().problems(ImportProblemKind.UNCLOSED_QUOTE).get(0);
        assertThat(problem.source()).isEqualTo("ms_kegiatan.csv");
        assertThat(problem.row()).isEqualTo(2);
        assertThat(result.packages()).isEmpty();
    }

    @Test
    void aMultiMegabyteCellIsCutAndReportedWithinTheDefaultLimits() throws Exception {
        write("ms_kegiatan.csv", "judul_kegiatan,iii_latar_belakang_kegiatan\nSurvei A,\"" + "x".repeat(3 << 20)
                + "\"\nSurvei B,pendek\n", StandardCharsets.UTF_8);
        writeValidRest();

        ImportResult result = new MetadataImporter().importCsv(dir);

        ImportProblem problem = result.report().problems(ImportProblemKind.CELL_TOO_LONG).get(0);
        assertThat(problem.location()).isEqualTo("ms_kegiatan.csv, baris 2, kolom B (iii_latar_belakang_kegiatan)");
        assertThat(problem.value()).hasSize(ImportProblem.MAX_VALUE_CHARS);
        assertThat(result.packages()).extracting(p -> p.activity().title()).containsExactly("Survei B");
    }

    @Test
    void rowNumbersCountRecordsNotLines() throws Exception {
        write("ms_kegiatan.csv", "judul_kegiatan,iii_tujuan_kegiatan,tahun\nSurvei A,\"satu\ndua\ntiga\",2024\n"
                + "Survei B,x,20x4\n", StandardCharsets.UTF_8);
        writeValidRest();

        ImportResult result = new MetadataImporter().importCsv(dir);

        assertThat(result.report().problems(ImportProblemKind.BAD_NUMBER).get(0).row()).isEqualTo(3);
    }

    @Test
    void readsUtf16TabSeparatedTextAsExcelExportsIt() throws Exception {
        write("ms_kegiatan.tsv", "\uFEFFjudul_kegiatan\tiv_metode_pengumpulan_data\r\nSurvei Σ 2024\tWawancara; "
                + "Pengamatan (observasi)\r\n", StandardCharsets.UTF_16LE);
        write("ms_variabel.tsv", "judul_kegiatan\tnama\n", StandardCharsets.UTF_8);
        write("ms_indikator.tsv", "judul_kegiatan\tnama\n", StandardCharsets.UTF_8);

        ImportResult result = new MetadataImporter().importPath(dir);

        assertThat(result.report().errors()).isEmpty();
        assertThat(result.packages().get(0).activity().title()).isEqualTo("Survei Σ 2024");
        assertThat(result.packages().get(0).activity().design().collectionMethods().selected()).hasSize(2);
    }

    @Test
    void fileNamesAreMatchedIgnoringCase() throws Exception {
        write("MS_Kegiatan.CSV", "judul_kegiatan\nSurvei A\n", StandardCharsets.UTF_8);
        writeValidRest();

        assertThat(new MetadataImporter().importCsv(dir).packages()).hasSize(1);
        assertThat(List.of(dir.toFile().list())).contains("MS_Kegiatan.CSV");
    }
}
