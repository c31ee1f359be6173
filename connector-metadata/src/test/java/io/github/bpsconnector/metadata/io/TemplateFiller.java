package io.github.bpsconnector.metadata.io;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills generated templates the way a user would: by header, row after row. Values: {@link String} text, {@link
 * Number} a number cell, {@link Boolean} a boolean cell, {@link LocalDate} a date cell shown as a day, {@link
 * YearMonth} a date cell shown as a month. In CSV/TSV every value is written as text.
 */
final class TemplateFiller {

    private TemplateFiller() {
    }

    /** Fills the XLSX template at {@code template} and saves it as {@code target}. */
    static void fillXlsx(Path template, Map<TemplateSheet, List<Map<String, Object>>> rows, Path target)
            throws IOException {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            CellStyle day = dateStyle(workbook, "dd/mm/yyyy");
            CellStyle month = dateStyle(workbook, "mmm yyyy");
            for (Map.Entry<TemplateSheet, List<Map<String, Object>>> entry : rows.entrySet()) {
                Sheet sheet = workbook.getSheet(entry.getKey().sheetName());
                Map<String, Integer> columns = headerColumns(sheet.getRow(0));
                int r = 1;
                for (Map<String, Object> values : entry.getValue()) {
                    Row row = sheet.createRow(r++);
                    for (Map.Entry<String, Object> value : values.entrySet()) {
                        Integer col = columns.get(value.getKey());
                        if (col == null) {
                            throw new IllegalArgumentException("template has no column " + value.getKey());
                        }
                        set(row.createCell(col), value.getValue(), day, month);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
    }

    /** Appends rows to the CSV/TSV template files in {@code directory} (written by MetadataTemplates). */
    static void fillDelimited(Path directory, String extension, char delimiter,
                              Map<TemplateSheet, List<Map<String, Object>>> rows) throws IOException {
        for (Map.Entry<TemplateSheet, List<Map<String, Object>>> entry : rows.entrySet()) {
            Path file = directory.resolve(entry.getKey().sheetName() + "." + extension);
            String content = Files.readString(file, StandardCharsets.UTF_8);
            List<String> header = CsvTestSupport.read(content.substring(1), delimiter).get(0);
            List<List<String>> records = new ArrayList<>();
            for (Map<String, Object> values : entry.getValue()) {
                List<String> record = new ArrayList<>();
                for (String key : header) {
                    Object value = values.get(key);
                    record.add(value == null ? "" : value.toString());
                }
                records.add(record);
            }
            Files.writeString(file, content + CsvWriter.write(records, delimiter), StandardCharsets.UTF_8);
        }
    }

    static Map<String, Integer> headerColumns(Row header) {
        Map<String, Integer> columns = new HashMap<>();
        for (Cell cell : header) {
            columns.put(cell.getStringCellValue(), cell.getColumnIndex());
        }
        return columns;
    }

    static void set(Cell cell, Object value, CellStyle day, CellStyle month) {
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(day);
        } else if (value instanceof YearMonth m) {
            cell.setCellValue(m.atDay(1));
            cell.setCellStyle(month);
        } else {
            cell.setCellValue((String) value);
        }
    }

    static CellStyle dateStyle(XSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
