package io.github.bpsconnector.metadata.io;

import io.github.bpsconnector.metadata.DateRange;
import io.github.bpsconnector.metadata.code.SchedulePhase;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How XLSX cells are taken: stored values only, formulas never evaluated, dates and numbers in plain form. */
class XlsxCellsTest {

    @TempDir
    Path dir;

    private ImportResult run(TestInput input) throws Exception {
        return new MetadataImporter().importXlsx(input.writeXlsx(dir.resolve("in.xlsx")));
    }

    @Test
    void aFormulaCellIsReportedAndItsCachedResultIgnored() throws Exception {
        Path file = TestInput.valid().set("ms_kegiatan", 1, "tahun", new TestInput.Formula("2000+24"))
                .writeXlsx(dir.resolve("rumus.xlsx"));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            assertThat(workbook.getSheet("ms_kegiatan").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2024);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        ImportResult result = new MetadataImporter().importXlsx(file);

        ImportProblem problem = result.report().problems(ImportProblemKind.FORMULA_CELL).get(0);
        assertThat(problem.value()).isEqualTo("=2000+24");
        assertThat(problem.location()).isEqualTo("ms_kegiatan, baris 2, kolom B (tahun)");
        assertThat(problem.message()).contains("tidak dijalankan");
        assertThat(result.packages()).extracting(p -> p.activity().title())
                .containsExactly("Survei Harga Konsumen 2024");
    }

    @Test
    void anErrorCellIsReported() throws Exception {
        ImportResult result = run(TestInput.valid().set("ms_variabel", 1, "nama", FormulaError.REF));

        ImportProblem problem = result.report().problems(ImportProblemKind.ERROR_CELL).get(0);
        assertThat(problem.value()).isEqualTo("#REF!");
        assertThat(problem.column()).isEqualTo("nama");
    }

    @Test
    void dateCellsBecomeDaysOrMonthsAsTheirFormatShows() throws Exception {
        TestInput input = TestInput.valid()
                .set("ms_kegiatan", 1, "iii_jadwal_desain_awal", LocalDate.of(2024, 3, 4))
                .set("ms_kegiatan", 1, "iii_jadwal_desain_akhir", YearMonth.of(2024, 5));

        ImportResult result = run(input);

        assertThat(result.packages().get(0).activity().planning().schedule().ranges(SchedulePhase.DESAIN))
                .containsExactly(DateRange.parse("2024-03-04", "2024-05"));
        assertThat(XlsxSheetReader.showsDay("dd/mm/yyyy")).isTrue();
        assertThat(XlsxSheetReader.showsDay("[$-421]mmmm yyyy")).isFalse();
        assertThat(XlsxSheetReader.showsDay("[DBNum1]yyyy\"d\"m")).isFalse();
    }

    @Test
    void numberCellsAreReadInPlainNotation() throws Exception {
        TestInput input = TestInput.valid()
                .set("ms_kegiatan", 1, "v_fraksi_sampel_keseluruhan", 0.0308)
                .set("ms_kegiatan", 1, "v_nilai_perkiraan_sampling_error_variabel_utama", 12345678901.0);

        ImportResult result = run(input);

        assertThat(result.packages().get(0).activity().sampleDesign().overallSamplingFraction()).isEqualTo("0.0308");
        assertThat(result.packages().get(0).activity().sampleDesign().expectedSamplingError())
                .isEqualTo("12345678901");
    }

    @Test
    void sheetNamesIgnoreCaseAndRowNumbersCountBlankRows() throws Exception {
        Path file = TestInput.valid().set("ms_variabel", 3, "judul_kegiatan", "Survei Tidak Ada")
                .writeXlsx(dir.resolve("nama.xlsx"));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            workbook.setSheetName(workbook.getSheetIndex("ms_variabel"), "MS_Variabel");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        ImportResult result = new MetadataImporter().importXlsx(file);

        ImportProblem problem = result.report().problems(ImportProblemKind.UNKNOWN_ACTIVITY).get(0);
        assertThat(problem.source()).isEqualTo("MS_Variabel");
        assertThat(problem.row()).as("row 3 is blank; the row shown as 4 holds the value").isEqualTo(4);
    }

    @Test
    void aWorkbookWithoutTemplateSheetsReportsEachMissingSheet() throws Exception {
        Path file = dir.resolve("lain.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Sheet1");
            sheet.createRow(0).createCell(0).setCellValue("judul_kegiatan");
            workbook.write(out);
        }

        ImportResult result = new MetadataImporter().importXlsx(file);

        assertThat(result.report().problems(ImportProblemKind.MISSING_SHEET)).extracting(ImportProblem::source)
                .containsExactly("ms_kegiatan", "ms_variabel", "ms_indikator");
        assertThat(result.packages()).isEmpty();
        assertThat(result.report().format()).startsWith("Impor menemukan 3 galat");
    }

    @Test
    void aCellBeyondTheColumnLimitCountsOnlyWhenItHoldsData() throws Exception {
        TestInput input = TestInput.valid();
        List<Object> header = input.sheets.get("ms_indikator").get(0);
        ImportLimits limits = new ImportLimits(1 << 22, 1 << 24, 100, 0.01, 100, 8, 1_000, 100);

        ImportResult result = new MetadataImporter(limits).importXlsx(input.writeXlsx(dir.resolve("lebar.xlsx")));

        assertThat(header).hasSize(3);
        assertThat(result.report().problems(ImportProblemKind.TOO_MANY_COLUMNS)).isEmpty();
    }
}
