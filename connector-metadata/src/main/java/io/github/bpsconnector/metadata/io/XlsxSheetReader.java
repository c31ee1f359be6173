package io.github.bpsconnector.metadata.io;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the template's sheets from an XLSX with Apache POI's user model, after the checks that keep a hostile file
 * harmless: the size limit, the file's magic bytes (an encrypted workbook or an old {@code .xls} is named as such),
 * and {@link ZipInspector}. Cells are taken as they are stored: text as text, numbers in plain notation, dates
 * (number cells with a date format) as {@code yyyy-MM-dd}, or {@code yyyy-MM} when the format shows no day. Formula
 * cells are never evaluated and their cached results are not used: they are reported. The input file is opened
 * read-only and never written.
 */
final class XlsxSheetReader {

    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
        0x1A, (byte) 0xE1};

    private final ImportLimits limits;
    private final ProblemCollector problems;

    XlsxSheetReader(ImportLimits limits, ProblemCollector problems) {
        this.limits = limits;
        this.problems = problems;
    }

    /**
     * The template sheets present in the workbook (sheet names compared ignoring case).
     *
     * @throws MetadataImportException when the file cannot be read as an XLSX at all
     */
    Map<TemplateSheet, RawSheet> read(Path file) {
        InputFiles.requireReadable(file, limits.maxFileBytes());
        String name = InputFiles.name(file);
        requireZip(file, name);
        ZipInspector.inspect(file, limits);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return readSheets(new XSSFWorkbook(pkg));
        } catch (MetadataImportException e) {
            throw e;
        } catch (InvalidFormatException | NotOfficeXmlFileException e) {
            throw new MetadataImportException(MetadataImportException.Reason.NOT_XLSX, name,
                    name + " is a zip archive but not an Excel workbook: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new MetadataImportException(MetadataImportException.Reason.UNREADABLE, name,
                    name + " is damaged or cannot be read: " + e.getMessage(), e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    private Map<TemplateSheet, RawSheet> readSheets(XSSFWorkbook workbook) {
        Map<TemplateSheet, RawSheet> sheets = new EnumMap<>(TemplateSheet.class);
        for (TemplateSheet template : TemplateSheet.values()) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                if (sheet.getSheetName().strip().equalsIgnoreCase(template.sheetName())) {
                    sheets.put(template, readSheet(sheet));
                    break;
                }
            }
        }
        return sheets;
    }

    private RawSheet readSheet(XSSFSheet sheet) {
        String source = sheet.getSheetName();
        List<RawRow> rows = new ArrayList<>();
        int dataRows = 0;
        for (Row row : sheet) {
            int width = Math.max(0, Math.min(row.getLastCellNum(), limits.maxColumns()));
            List<RawCell> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                cells.add(cell(row.getCell(c)));
            }
            boolean tooManyColumns = hasDataBeyond(row, limits.maxColumns());
            if (RawRow.isBlank(cells) && !tooManyColumns) {
                continue;
            }
            if (!rows.isEmpty() && ++dataRows > limits.maxRows()) {
                problems.sheet(ImportProblemKind.TOO_MANY_ROWS, source, "lembar memiliki lebih dari "
                        + limits.maxRows() + " baris data; pecah menjadi beberapa berkas");
                return new RawSheet(source, rows, true);
            }
            rows.add(new RawRow(row.getRowNum() + 1, cells, tooManyColumns));
        }
        return new RawSheet(source, rows, false);
    }

    private static boolean hasDataBeyond(Row row, int maxColumns) {
        if (row.getLastCellNum() <= maxColumns) {
            return false;
        }
        for (Iterator<Cell> it = row.cellIterator(); it.hasNext(); ) {
            Cell cell = it.next();
            if (cell.getColumnIndex() >= maxColumns && !cell(cell, Integer.MAX_VALUE).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private RawCell cell(Cell cell) {
        return cell(cell, limits.maxCellChars());
    }

    private static RawCell cell(Cell cell, int maxChars) {
        if (cell == null) {
            return RawCell.BLANK;
        }
        switch (cell.getCellType()) {
            case STRING:
                String text = cell.getStringCellValue();
                return text.length() > maxChars
                        ? new RawCell(text.substring(0, maxChars), RawCell.Issue.TOO_LONG)
                        : RawCell.of(text);
            case NUMERIC:
                return RawCell.of(numeric(cell));
            case BOOLEAN:
                return RawCell.of(Boolean.toString(cell.getBooleanCellValue()));
            case FORMULA:
                return new RawCell(formula(cell), RawCell.Issue.FORMULA);
            case ERROR:
                return new RawCell(errorText(cell), RawCell.Issue.ERROR_VALUE);
            default:
                return RawCell.BLANK;
        }
    }

    private static String numeric(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime date = cell.getLocalDateTimeCellValue();
            if (date != null) {
                return showsDay(cell.getCellStyle().getDataFormatString())
                        ? date.toLocalDate().toString()
                        : YearMonth.from(date).toString();
            }
        }
        double value = cell.getNumericCellValue();
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Whether a date format shows the day: a {@code d} outside brackets and quotes. */
    static boolean showsDay(String format) {
        if (format == null) {
            return true;
        }
        String visible = format.replaceAll("\\[[^\\]]*\\]", "").replaceAll("\"[^\"]*\"", "");
        return visible.toLowerCase(Locale.ROOT).indexOf('d') >= 0;
    }

    private static String formula(Cell cell) {
        try {
            return "=" + cell.getCellFormula();
        } catch (RuntimeException e) {
            return "=";
        }
    }

    private static String errorText(Cell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (RuntimeException e) {
            return "#ERROR";
        }
    }

    /** Refuses anything but a zip archive, naming an encrypted workbook or an old .xls as such. */
    private static void requireZip(Path file, String name) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(OLE2_MAGIC.length);
        } catch (IOException e) {
            throw new MetadataImportException(MetadataImportException.Reason.UNREADABLE, name,
                    "Cannot read " + name, e);
        }
        if (startsWith(head, ZIP_MAGIC)) {
            return;
        }
        if (startsWith(head, OLE2_MAGIC)) {
            throw ole2(file, name);
        }
        throw new MetadataImportException(MetadataImportException.Reason.NOT_XLSX, name,
                name + " is not an XLSX workbook (no zip signature)", null);
    }

    private static MetadataImportException ole2(Path file, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage")) {
                return new MetadataImportException(MetadataImportException.Reason.ENCRYPTED, name,
                        name + " is an encrypted (password-protected) workbook", null);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return new MetadataImportException(MetadataImportException.Reason.LEGACY_XLS, name,
                        name + " is an Excel 97-2003 (.xls) workbook, not .xlsx", null);
            }
        } catch (IOException | RuntimeException e) {
            return new MetadataImportException(MetadataImportException.Reason.NOT_XLSX, name,
                    name + " is a damaged OLE2 file, not an XLSX workbook", e);
        }
        return new MetadataImportException(MetadataImportException.Reason.NOT_XLSX, name,
                name + " is an OLE2 document but not an Excel workbook", null);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
