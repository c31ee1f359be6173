package io.github.bpsconnector.metadata.io;

import io.github.bpsconnector.metadata.code.CodeLists;
import io.github.bpsconnector.metadata.code.Frequency;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataTemplatesTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path xlsx;
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void writeTemplate() throws Exception {
        xlsx = shared.resolve("templat.xlsx");
        MetadataTemplates.writeXlsx(xlsx);
        try (InputStream in = Files.newInputStream(xlsx)) {
            workbook = new XSSFWorkbook(in);
        }
    }

    private static List<String> header(Sheet sheet) {
        List<String> keys = new ArrayList<>();
        sheet.getRow(0).forEach(c -> keys.add(c.getStringCellValue()));
        return keys;
    }

    private static Optional<XSSFDataValidation> validation(XSSFSheet sheet, String column) {
        int col = header(sheet).indexOf(column);
        return sheet.getDataValidations().stream()
                .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == col)
                .findFirst();
    }

    @Test
    void theWorkbookHasInstructionsTheTemplateSheetsAndAHiddenCodeSheet() {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));

        assertThat(names).containsExactly("petunjuk", "ms_kegiatan", "ms_kegiatan_variabel", "ms_kegiatan_wilayah",
                "ms_variabel", "ms_indikator", "kode");
        assertThat(workbook.getSheetVisibility(workbook.getSheetIndex("kode"))).isEqualTo(SheetVisibility.HIDDEN);
        assertThat(workbook.getSheetName(workbook.getActiveSheetIndex())).isEqualTo("ms_kegiatan");
    }

    @Test
    void everySheetHasTheImportersHeaderWithAnExplainingCommentAndTextFormat() {
        for (TemplateSheet template : TemplateSheet.values()) {
            XSSFSheet sheet = workbook.getSheet(template.sheetName());
            assertThat(header(sheet)).as(template.sheetName()).isEqualTo(template.headers());
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            for (Cell cell : sheet.getRow(0)) {
                assertThat(cell.getCellComment()).as(cell.getStringCellValue()).isNotNull();
                assertThat(sheet.getColumnStyle(cell.getColumnIndex()).getDataFormatString()).isEqualTo("@");
            }
        }
        Cell frequency = workbook.getSheet("ms_kegiatan").getRow(0)
                .getCell(TemplateSheet.MS_KEGIATAN.headers().indexOf("iv_frekuensi_penyelanggara"));
        assertThat(frequency.getCellComment().getString().getString()).contains("R.4.2 Frekuensi Penyelenggaraan");
    }

    @Test
    void codedColumnsOfferTheirCodeListAsADropDown() {
        XSSFSheet keg = workbook.getSheet("ms_kegiatan");

        XSSFDataValidation frequency = validation(keg, "iv_frekuensi_penyelanggara").orElseThrow();
        assertThat(frequency.getValidationConstraint().getFormula1()).isEqualTo("kode_Frequency");
        assertThat(keg.getCTWorksheet().getDataValidations().getDataValidationList())
                .as("OOXML showDropDown=true would hide the arrow").noneMatch(v -> v.getShowDropDown());
        assertThat(frequency.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
        assertThat(frequency.getRegions().getCellRangeAddress(0).getLastRow())
                .isEqualTo(MetadataTemplates.VALIDATED_ROWS);

        AreaReference range = new AreaReference(workbook.getName("kode_Frequency").getRefersToFormula(),
                workbook.getSpreadsheetVersion());
        List<String> labels = new ArrayList<>();
        for (CellReference ref : range.getAllReferencedCells()) {
            labels.add(workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol())
                    .getStringCellValue());
        }
        assertThat(labels).isEqualTo(ValueFormats.labels(Frequency.class));
        assertThat(labels).allSatisfy(l -> assertThat(CodeLists.parse(Frequency.class, l)).isNotNull());

        assertThat(validation(keg, "vi_apakah_melakukan_uji_coba").orElseThrow().getValidationConstraint()
                .getExplicitListValues()).containsExactly("Ya", "Tidak");
        assertThat(validation(keg, "iv_metode_pengumpulan_data")).as("multiple choice: free text").isEmpty();
        assertThat(validation(keg, "iii_latar_belakang_kegiatan")).isEmpty();
        assertThat(validation(workbook.getSheet("ms_variabel"), "apakah_variabel_bisa_diakses_umum")).isPresent();
    }

    @Test
    void theCodeSheetHoldsEveryCodeList() {
        Row header = workbook.getSheet("kode").getRow(0);

        assertThat(header.getLastCellNum()).isEqualTo((short) CodeLists.ALL.size());
        for (Class<?> type : CodeLists.ALL) {
            assertThat(workbook.getName("kode_" + type.getSimpleName())).as(type.getSimpleName()).isNotNull();
        }
    }

    @Test
    void theInstructionsExplainEveryColumnAndNoCellIsAFormula() {
        List<String> text = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    String value = cell.getStringCellValue();
                    if (FormulaInjection.isSuspicious(value)) {
                        assertThat(cell.getCellStyle().getQuotePrefixed()).as(value).isTrue();
                    }
                    if (sheet.getSheetName().equals("petunjuk")) {
                        text.add(value);
                    }
                }
            }
        }
        for (TemplateSheet template : TemplateSheet.values()) {
            assertThat(text).containsAll(template.headers());
        }
        assertThat(String.join("\n", text)).contains("judul_kegiatan", "yyyy-MM-dd", "Alt+Enter", "LaTeX", "\\sum");
    }

    @Test
    void theEmptyXlsxTemplateImportsWithoutAnyProblem() {
        ImportResult result = new MetadataImporter().importXlsx(xlsx);

        assertThat(result.report().problems()).isEmpty();
        assertThat(result.packages()).isEmpty();
    }

    @Test
    void csvTemplatesAreUtf8WithAByteOrderMarkAndSemicolons() throws Exception {
        MetadataTemplates.writeCsv(dir);

        for (TemplateSheet template : TemplateSheet.values()) {
            byte[] bytes = Files.readAllBytes(dir.resolve(template.sheetName() + ".csv"));
            assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
            assertThat(new String(bytes, StandardCharsets.UTF_8))
                    .isEqualTo("\uFEFF" + String.join(";", template.headers()) + "\r\n");
        }
        ImportResult result = new MetadataImporter().importCsv(dir);
        assertThat(result.report().problems()).isEmpty();
    }

    @Test
    void tsvTemplatesUseTabs() throws Exception {
        MetadataTemplates.writeTsv(dir);

        assertThat(Files.readString(dir.resolve("ms_variabel.tsv")))
                .isEqualTo("\uFEFF" + String.join("\t", TemplateSheet.MS_VARIABEL.headers()) + "\r\n");
        assertThat(new MetadataImporter().importTsv(dir).report().problems()).isEmpty();
    }

    @Test
    void writingReplacesAnOldTemplateAndLeavesNoTemporaryFiles() throws Exception {
        Path target = dir.resolve("templat.xlsx");
        Files.writeString(target, "isi lama");

        MetadataTemplates.writeCsv(dir);
        Files.copy(xlsx, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        MetadataTemplates.writeCsv(dir);

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("templat.xlsx", "ms_kegiatan.csv", "ms_kegiatan_variabel.csv",
                            "ms_kegiatan_wilayah.csv", "ms_variabel.csv", "ms_indikator.csv");
        }
        assertThat(Files.readAllBytes(target)).isEqualTo(Files.readAllBytes(xlsx));
    }

    @Test
    void theXlsxIsWrittenAtomically() throws Exception {
        Path target = dir.resolve("baru").resolve("templat.xlsx");

        MetadataTemplates.writeXlsx(target);

        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("templat.xlsx");
        }
        assertThat(new MetadataImporter().importXlsx(target).report().problems()).isEmpty();
    }
}
