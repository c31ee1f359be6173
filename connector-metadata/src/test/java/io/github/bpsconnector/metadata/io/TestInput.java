package io.github.bpsconnector.metadata.io;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small import inputs for tests: sheets as lists of rows (the first is the header), written as an XLSX workbook or
 * as CSV/TSV files. In XLSX, {@link Formula} and {@link FormulaError} make formula and error cells.
 */
final class TestInput {

    /** A formula cell, e.g. {@code new Formula("1+1")}. */
    record Formula(String formula) {
    }

    /** The formats an input can be written in. */
    enum Format {
        XLSX, CSV, TSV;

        String source(String sheet) {
            return this == XLSX ? sheet : sheet + "." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();

    /** Two activities, one variable and one indicator of the first, with valid values. */
    static TestInput valid() {
        TestInput input = new TestInput();
        input.sheet("ms_kegiatan",
                List.of("judul_kegiatan", "tahun", "iv_frekuensi_penyelanggara", "iii_jadwal_desain_awal",
                        "iii_jadwal_desain_akhir", "vi_apakah_melakukan_uji_coba", "vi_jumlah_petugas_enumerator"),
                List.of("Survei Pasar Tradisional 2024", 2024, "Tahunan", "2024-01", "2024-02", "Ya", 10),
                List.of("Survei Harga Konsumen 2024", 2024, "Bulanan", "2024-01-02", "2024-01-31", "Tidak", 4));
        input.sheet("ms_variabel", List.of("judul_kegiatan", "no", "nama", "value_domain"),
                List.of("Survei Pasar Tradisional 2024", 1, "Jenis pasar", "1=pasar rakyat\n2=pasar desa"));
        input.sheet("ms_indikator", List.of("judul_kegiatan", "nama", "rumus"),
                List.of("Survei Pasar Tradisional 2024", "Rasio pasar", "Σ pasar ÷ n × 100%"));
        return input;
    }

    @SafeVarargs
    final TestInput sheet(String name, List<?>... rows) {
        List<List<Object>> copy = new ArrayList<>();
        for (List<?> row : rows) {
            copy.add(new ArrayList<>(row));
        }
        sheets.put(name, copy);
        return this;
    }

    /** Sets one cell: {@code row} 0 is the header, {@code column} by header key. */
    TestInput set(String sheet, int row, String column, Object value) {
        List<List<Object>> rows = sheets.get(sheet);
        int col = rows.get(0).indexOf(column);
        if (col < 0) {
            rows.get(0).add(column);
            col = rows.get(0).size() - 1;
        }
        while (rows.size() <= row) {
            rows.add(new ArrayList<>());
        }
        List<Object> cells = rows.get(row);
        while (cells.size() <= col) {
            cells.add("");
        }
        cells.set(col, value);
        return this;
    }

    TestInput addRow(String sheet, List<?> row) {
        sheets.get(sheet).add(new ArrayList<>(row));
        return this;
    }

    /** Writes the input in {@code format} under {@code dir}; the path to import. */
    Path write(Path dir, Format format) throws IOException {
        return switch (format) {
            case XLSX -> writeXlsx(dir.resolve("input.xlsx"));
            case CSV -> writeDelimited(dir.resolve("csv"), "csv", ',');
            case TSV -> writeDelimited(dir.resolve("tsv"), "tsv", '\t');
        };
    }

    Path writeXlsx(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle day = TemplateFiller.dateStyle(workbook, "yyyy-mm-dd");
            CellStyle month = TemplateFiller.dateStyle(workbook, "mmmm yyyy");
            for (Map.Entry<String, List<List<Object>>> entry : sheets.entrySet()) {
                Sheet sheet = workbook.createSheet(entry.getKey());
                int r = 0;
                for (List<Object> values : entry.getValue()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value instanceof Formula f) {
                            row.createCell(c).setCellFormula(f.formula());
                        } else if (value instanceof FormulaError e) {
                            row.createCell(c).setCellErrorValue(e.getCode());
                        } else if (!"".equals(value)) {
                            TemplateFiller.set(row.createCell(c), value, day, month);
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    Path writeDelimited(Path dir, String extension, char delimiter) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, List<List<Object>>> entry : sheets.entrySet()) {
            List<List<String>> records = entry.getValue().stream()
                    .map(row -> row.stream().map(String::valueOf).toList()).toList();
            Files.writeString(dir.resolve(entry.getKey() + "." + extension), CsvWriter.write(records, delimiter),
                    StandardCharsets.UTF_8);
        }
        return dir;
    }
}
