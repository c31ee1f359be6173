package io.github.bpsconnector.metadata.io;

import io.github.bpsconnector.metadata.code.CodeList;
import io.github.bpsconnector.metadata.code.CodeLists;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes empty import templates: an XLSX workbook, or CSV/TSV files, with the header row of every
 * {@link TemplateSheet}. The workbook also has a {@value #INSTRUCTIONS_SHEET} sheet (instructions in Indonesian and
 * every column explained), a hidden {@value #CODES_SHEET} sheet with the code lists, drop-down lists on the coded
 * and yes/no columns, a comment on each header cell naming its form item, and text format on every column (so
 * that Excel keeps {@code 2018-08} and {@code 0812...} as typed). The CSV files are UTF-8 with a byte order mark,
 * separated by {@code ;} as Excel in an Indonesian locale expects; TSV files by tabs.
 *
 * <p>Files are written through a temporary file and moved into place, so a failure never leaves half a template.
 * Every text written that a spreadsheet could take for a formula is neutralised. Thread-safe; no state.
 */
public final class MetadataTemplates {

    /** The name of the instructions sheet of the XLSX template. */
    public static final String INSTRUCTIONS_SHEET = "petunjuk";

    /** The name of the hidden code-list sheet of the XLSX template. */
    public static final String CODES_SHEET = "kode";

    /** The rows (after the header) that carry drop-down lists in the XLSX template. */
    public static final int VALIDATED_ROWS = ImportLimits.DEFAULT.maxRows();

    private MetadataTemplates() {
    }

    /**
     * Writes the XLSX template to {@code file}, replacing it.
     *
     * @throws IOException when the file cannot be written
     */
    public static void writeXlsx(Path file) throws IOException {
        AtomicFiles.write(file, MetadataTemplates::writeXlsx);
    }

    /**
     * Writes the XLSX template to a stream (not closed).
     *
     * @throws IOException when the stream fails
     */
    public static void writeXlsx(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new XlsxTemplate(workbook).build();
            workbook.write(out);
        }
    }

    /**
     * Writes {@code ms_kegiatan.csv}, {@code ms_variabel.csv}, ... into {@code directory} (created if needed).
     *
     * @throws IOException when a file cannot be written
     */
    public static void writeCsv(Path directory) throws IOException {
        writeDelimited(directory, DelimitedSheetReader.Format.CSV, ';');
    }

    /**
     * Writes {@code ms_kegiatan.tsv}, {@code ms_variabel.tsv}, ... into {@code directory} (created if needed).
     *
     * @throws IOException when a file cannot be written
     */
    public static void writeTsv(Path directory) throws IOException {
        writeDelimited(directory, DelimitedSheetReader.Format.TSV, '\t');
    }

    private static void writeDelimited(Path directory, DelimitedSheetReader.Format format, char delimiter)
            throws IOException {
        for (TemplateSheet sheet : TemplateSheet.values()) {
            List<String> header = sheet.headers().stream().map(FormulaInjection::neutralize).toList();
            byte[] bytes = ("\uFEFF" + CsvWriter.write(List.of(header), delimiter)).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(directory.resolve(format.fileName(sheet)), out -> out.write(bytes));
        }
    }

    /** Builds the template into one workbook. */
    private static final class XlsxTemplate {
        private final XSSFWorkbook workbook;
        private final CreationHelper factory;
        private final XSSFCellStyle headerStyle;
        private final XSSFCellStyle textStyle;
        private final XSSFCellStyle wrapStyle;
        private final XSSFCellStyle titleStyle;
        private final Map<Class<?>, String> listNames = new HashMap<>();

        XlsxTemplate(XSSFWorkbook workbook) {
            this.workbook = workbook;
            this.factory = workbook.getCreationHelper();
            short text = workbook.createDataFormat().getFormat("@");
            textStyle = workbook.createCellStyle();
            textStyle.setDataFormat(text);
            wrapStyle = workbook.createCellStyle();
            wrapStyle.setWrapText(true);
            headerStyle = workbook.createCellStyle();
            headerStyle.setDataFormat(text);
            headerStyle.setFont(bold(false));
            headerStyle.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
            headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            titleStyle = workbook.createCellStyle();
            titleStyle.setFont(bold(true));
        }

        void build() {
            XSSFSheet instructions = workbook.createSheet(INSTRUCTIONS_SHEET);
            List<XSSFSheet> sheets = new ArrayList<>();
            for (TemplateSheet sheet : TemplateSheet.values()) {
                sheets.add(workbook.createSheet(sheet.sheetName()));
            }
            XSSFSheet codes = workbook.createSheet(CODES_SHEET);
            writeCodeLists(codes);
            for (TemplateSheet sheet : TemplateSheet.values()) {
                writeSheet(sheets.get(sheet.ordinal()), TemplateLayouts.of(sheet));
            }
            new TemplateInstructions(this::text, titleStyle, wrapStyle).write(instructions);
            workbook.setSheetVisibility(workbook.getSheetIndex(codes), SheetVisibility.HIDDEN);
            workbook.setActiveSheet(workbook.getSheetIndex(TemplateSheet.MS_KEGIATAN.sheetName()));
            workbook.setSelectedTab(workbook.getSheetIndex(TemplateSheet.MS_KEGIATAN.sheetName()));
        }

        private Font bold(boolean large) {
            Font font = workbook.createFont();
            font.setBold(true);
            if (large) {
                font.setFontHeightInPoints((short) 14);
            }
            return font;
        }

        private void writeCodeLists(XSSFSheet sheet) {
            List<Class<? extends CodeList>> lists = CodeLists.ALL;
            XSSFRow header = sheet.createRow(0);
            for (int col = 0; col < lists.size(); col++) {
                Class<? extends CodeList> type = lists.get(col);
                text(header.createCell(col), type.getSimpleName());
                List<String> labels = ValueFormats.labels(type);
                for (int i = 0; i < labels.size(); i++) {
                    XSSFRow row = sheet.getRow(i + 1) != null ? sheet.getRow(i + 1) : sheet.createRow(i + 1);
                    text(row.createCell(col), labels.get(i));
                }
                Name name = workbook.createName();
                String nameName = "kode_" + type.getSimpleName();
                name.setNameName(nameName);
                String letter = ProblemCollector.columnLetter(col);
                name.setRefersToFormula(CODES_SHEET + "!$" + letter + "$2:$" + letter + "$" + (labels.size() + 1));
                listNames.put(type, nameName);
            }
        }

        private <D extends ActivityRow> void writeSheet(XSSFSheet sheet, SheetLayout<D> layout) {
            XSSFRow header = sheet.createRow(0);
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            DataValidationHelper validations = sheet.getDataValidationHelper();
            List<Column<D>> columns = layout.columns();
            for (int col = 0; col < columns.size(); col++) {
                Column<D> column = columns.get(col);
                XSSFCell cell = header.createCell(col);
                text(cell, column.key());
                cell.setCellStyle(headerStyle);
                cell.setCellComment(comment(drawing, col, column));
                sheet.setDefaultColumnStyle(col, textStyle);
                sheet.setColumnWidth(col, Math.min(60, Math.max(16, column.key().length() + 2)) * 256);
                DataValidationConstraint constraint = constraint(validations, column.format());
                if (constraint != null) {
                    DataValidation validation = validations.createValidation(constraint,
                            new CellRangeAddressList(1, VALIDATED_ROWS, col, col));
                    validation.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
                    validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
                    validation.setShowErrorBox(true);
                    validation.createErrorBox("Nilai tidak ada dalam daftar", "Pilih nilai dari daftar. Nilai lain "
                            + "akan ditolak saat impor kecuali nama nilainya (mis. BERULANG).");
                    sheet.addValidationData(validation);
                }
            }
            sheet.createFreezePane(0, 1);
        }

        private DataValidationConstraint constraint(DataValidationHelper validations, ValueFormat<?> format) {
            if (format.isList() || format.choices().isEmpty()) {
                return null;
            }
            String listName = listNames.get(format.codeList());
            return listName != null
                    ? validations.createFormulaListConstraint(listName)
                    : validations.createExplicitListConstraint(format.choices().toArray(String[]::new));
        }

        private Comment comment(Drawing<?> drawing, int col, Column<?> column) {
            ClientAnchor anchor = factory.createClientAnchor();
            anchor.setCol1(col);
            anchor.setCol2(col + 4);
            anchor.setRow1(0);
            anchor.setRow2(6);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(factory.createRichTextString(column.item() + "\n" + column.format().describe()));
            return comment;
        }

        /** Sets a text cell; text a spreadsheet could take for a formula is marked as plain text. */
        private void text(XSSFCell cell, String value) {
            cell.setCellValue(value);
            if (FormulaInjection.isSuspicious(value)) {
                XSSFCellStyle quoted = workbook.createCellStyle();
                quoted.cloneStyleFrom(cell.getCellStyle());
                quoted.setQuotePrefixed(true);
                cell.setCellStyle(quoted);
            }
        }
    }
}
