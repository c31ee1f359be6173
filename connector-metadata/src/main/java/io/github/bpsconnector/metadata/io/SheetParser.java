package io.github.bpsconnector.metadata.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the rows of one {@link RawSheet} into drafts by its {@link SheetLayout}: maps the header to columns, then
 * reads every cell of every data row, reporting each problem with its row and column. A cell is never evaluated:
 * formula cells, error cells, cells that look like formulas, cells too long or not valid UTF-8 are reported and not
 * used.
 */
final class SheetParser {

    private final ProblemCollector problems;
    private final int maxCellChars;

    SheetParser(ProblemCollector problems, int maxCellChars) {
        this.problems = problems;
        this.maxCellChars = maxCellChars;
    }

    <D extends ActivityRow> ParsedSheet<D> parse(RawSheet raw, SheetLayout<D> layout) {
        String source = raw.source();
        if (raw.rows().isEmpty()) {
            problems.sheet(ImportProblemKind.EMPTY_SHEET, source, "lembar/berkas kosong: baris judul kolom (header) "
                    + "tidak ada; salin baris pertama dari templat");
            return ParsedSheet.empty(true);
        }
        RawRow header = raw.rows().get(0);
        Map<Integer, Column<D>> columns = new HashMap<>();
        Map<String, Integer> columnIndex = new HashMap<>();
        Set<Integer> ignored = new HashSet<>();
        boolean fatal = raw.incomplete() | !readHeader(source, header, layout, columns, columnIndex, ignored);
        List<ParsedRow<D>> rows = new ArrayList<>();
        if (!columnIndex.containsKey(SheetLayout.LINK_COLUMN)) {
            return new ParsedSheet<>(rows, true);
        }
        for (RawRow row : raw.rows().subList(1, raw.rows().size())) {
            ParsedRow<D> parsed = new ParsedRow<>(source, row.number(), layout.newDraft(), columnIndex, problems);
            readRow(row, columns, columnIndex.get(SheetLayout.LINK_COLUMN), parsed, ignored, source);
            rows.add(parsed);
        }
        return new ParsedSheet<>(rows, fatal);
    }

    /** Maps header cells to columns, noting the ignored ones; false when the header is unusable. */
    private <D extends ActivityRow> boolean readHeader(String source, RawRow header, SheetLayout<D> layout,
                                                       Map<Integer, Column<D>> columns,
                                                       Map<String, Integer> columnIndex, Set<Integer> ignored) {
        boolean usable = true;
        if (header.tooManyColumns()) {
            rowProblem(ImportProblemKind.TOO_MANY_COLUMNS, source, header.number(), "baris judul kolom memiliki "
                    + "terlalu banyak kolom");
            usable = false;
        }
        for (int i = 0; i < header.cells().size(); i++) {
            RawCell cell = header.cells().get(i);
            String key = normalizeHeader(cell.text());
            if (key.isEmpty()) {
                continue;
            }
            Column<D> column = layout.find(key);
            String letter = ProblemCollector.columnLetter(i);
            if (column == null) {
                ignored.add(i);
                problems.add(new ImportProblem(ImportProblemKind.UNKNOWN_COLUMN, source, header.number(), null,
                        letter, cell.text(), "judul kolom tidak dikenal templat; kolom ini diabaikan"));
            } else if (columnIndex.containsKey(column.key())) {
                problems.add(new ImportProblem(ImportProblemKind.DUPLICATE_COLUMN, source, header.number(),
                        column.key(), letter, cell.text(), "kolom " + column.key() + " muncul dua kali (juga di kolom "
                        + ProblemCollector.columnLetter(columnIndex.get(column.key())) + ")"));
                usable = false;
            } else {
                columns.put(i, column);
                columnIndex.put(column.key(), i);
            }
        }
        if (!columnIndex.containsKey(SheetLayout.LINK_COLUMN)) {
            problems.add(new ImportProblem(ImportProblemKind.MISSING_COLUMN, source, header.number(),
                    SheetLayout.LINK_COLUMN, null, null, "kolom wajib " + SheetLayout.LINK_COLUMN + " tidak ada di "
                    + "baris judul kolom; tanpa kolom ini baris tidak dapat dihubungkan ke kegiatannya"));
            return false;
        }
        Set<String> absent = new LinkedHashSet<>();
        for (Column<D> column : layout.columns()) {
            if (!columnIndex.containsKey(column.key())) {
                absent.add(column.key());
            }
        }
        if (!absent.isEmpty()) {
            problems.add(new ImportProblem(ImportProblemKind.ABSENT_COLUMNS, source, header.number(), null, null,
                    String.join(", ", absent), absent.size() + " kolom templat tidak ada; butir-butirnya dibiarkan "
                    + "kosong: " + String.join(", ", absent)));
        }
        return usable;
    }

    private <D extends ActivityRow> void readRow(RawRow row, Map<Integer, Column<D>> columns, int linkIndex,
                                                 ParsedRow<D> parsed, Set<Integer> ignored, String source) {
        if (row.tooManyColumns()) {
            parsed.report(ImportProblemKind.TOO_MANY_COLUMNS, null, null, "baris memiliki lebih banyak sel daripada "
                    + "batas; sel-sel di luar batas diabaikan");
        }
        for (int i = 0; i < row.cells().size(); i++) {
            RawCell cell = row.cells().get(i);
            if (cell.isBlank()) {
                continue;
            }
            Column<D> column = columns.get(i);
            if (column == null) {
                warnUntitledData(source, i, ignored, row.number());
                continue;
            }
            readCell(cell, column, parsed);
        }
        if (row.cell(linkIndex).isBlank()) {
            parsed.report(ImportProblemKind.MISSING_VALUE, SheetLayout.LINK_COLUMN, null, "judul_kegiatan wajib "
                    + "diisi: tanpa judul baris ini tidak dapat dihubungkan ke kegiatannya");
        }
    }

    private <D extends ActivityRow> void readCell(RawCell cell, Column<D> column, ParsedRow<D> parsed) {
        if (cell.issue() != null) {
            parsed.report(cell.issue().kind(), column.key(), cell.text(), issueMessage(cell.issue()));
            return;
        }
        if (FormulaInjection.isSuspicious(cell.text())) {
            parsed.report(ImportProblemKind.FORMULA_INJECTION, column.key(), cell.text(), "nilai diawali tanda "
                    + "yang dapat dijalankan sebagai rumus oleh aplikasi lembar kerja (= + - @); nilai ini tidak "
                    + "diterima. Hapus tanda di depan, atau beri spasi setelah + atau -");
            return;
        }
        String text = cell.text().strip();
        try {
            column.apply(parsed.draft(), text);
        } catch (InvalidCellException e) {
            parsed.report(e.kind(), column.key(), e.value() != null ? e.value() : text, e.getMessage());
        } catch (IllegalArgumentException e) {
            // the model refused a value the format let through: report it rather than fail the import
            parsed.report(ImportProblemKind.BAD_LIST_ENTRY, column.key(), text, "nilai tidak dapat dipakai: "
                    + e.getMessage());
        }
    }

    /** Warns once per column without a header that holds data; columns already reported are in {@code ignored}. */
    private void warnUntitledData(String source, int index, Set<Integer> ignored, int row) {
        if (ignored.add(index)) {
            problems.add(new ImportProblem(ImportProblemKind.UNKNOWN_COLUMN, source, row, null,
                    ProblemCollector.columnLetter(index), null, "kolom tanpa judul yang dikenal berisi data; "
                    + "isinya diabaikan"));
        }
    }

    private void rowProblem(ImportProblemKind kind, String source, int row, String message) {
        problems.add(new ImportProblem(kind, source, row, null, null, null, message));
    }

    private String issueMessage(RawCell.Issue issue) {
        return switch (issue) {
            case TOO_LONG -> "isi sel lebih panjang dari batas " + maxCellChars + " karakter";
            case BAD_ENCODING -> "sel berisi karakter yang bukan UTF-8 (berkas mungkin disimpan sebagai ANSI/"
                    + "Windows-1252); simpan ulang sebagai \"CSV UTF-8\"";
            case FORMULA -> "sel berisi rumus Excel; rumus tidak dijalankan dan hasilnya tidak dipakai. Salin lalu "
                    + "tempel sebagai nilai (Paste Values)";
            case ERROR_VALUE -> "sel berisi nilai galat Excel (mis. #REF!, #N/A)";
        };
    }

    /** The header key of a header cell: lower case, runs of other characters as one underscore. */
    static String normalizeHeader(String text) {
        String lower = text.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && sb.length() > 0) {
                    sb.append('_');
                }
                sb.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }
}
