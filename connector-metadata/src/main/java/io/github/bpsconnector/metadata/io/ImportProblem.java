package io.github.bpsconnector.metadata.io;

import java.util.Objects;

/**
 * One line of an {@link ImportReport}: where in the input a problem is, the value found there and what is wrong, in
 * Indonesian for the official who fixes the file. Immutable.
 *
 * @param kind         what kind of problem; its {@link ImportProblemKind#severity() severity} is {@link #severity()}
 * @param source       the sheet (XLSX) or file name (CSV/TSV), e.g. {@code "ms_variabel"} or {@code "ms_variabel.csv"}
 * @param row          the row as a spreadsheet numbers it (1 is the header row), or 0 for the whole sheet or file
 * @param column       the column's header key, e.g. {@code "tipe_data"}, or {@code null} for a whole row or sheet
 * @param columnLetter the column as a spreadsheet letters it, e.g. {@code "H"}, or {@code null}
 * @param value        the value found, shortened to at most {@value #MAX_VALUE_CHARS} characters with line breaks
 *                     shown as spaces, or {@code null}
 * @param message      what is wrong and how to fix it, in Indonesian
 */
public record ImportProblem(ImportProblemKind kind, String source, int row, String column, String columnLetter,
                            String value, String message) {

    /** The longest {@link #value()} kept in a report; longer values are cut and end in an ellipsis. */
    public static final int MAX_VALUE_CHARS = 80;

    /** Checks the required parts and shortens {@code value}. */
    public ImportProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
        value = shorten(value);
    }

    /** The severity of this problem's kind. */
    public ImportSeverity severity() {
        return kind.severity();
    }

    /** Where the problem is, in Indonesian: e.g. {@code "ms_variabel, baris 5, kolom H (tipe_data)"}. */
    public String location() {
        StringBuilder sb = new StringBuilder(source);
        if (row > 0) {
            sb.append(", baris ").append(row);
        }
        if (columnLetter != null) {
            sb.append(", kolom ").append(columnLetter);
            if (column != null) {
                sb.append(" (").append(column).append(')');
            }
        } else if (column != null) {
            sb.append(", kolom ").append(column);
        }
        return sb.toString();
    }

    /** The report line: severity, location, message and value. */
    @Override
    public String toString() {
        String line = severity().label() + " " + location() + ": " + message;
        return value == null ? line : line + " [nilai: " + value + "]";
    }

    static String shorten(String value) {
        if (value == null) {
            return null;
        }
        boolean cut = value.length() > MAX_VALUE_CHARS;
        int keep = cut ? MAX_VALUE_CHARS - 1 : value.length();
        if (cut && Character.isHighSurrogate(value.charAt(keep - 1))) {
            keep--;
        }
        StringBuilder sb = new StringBuilder(keep + 1);
        for (int i = 0; i < keep; i++) {
            char c = value.charAt(i);
            sb.append(Character.isISOControl(c) ? ' ' : c);
        }
        return cut ? sb.append('…').toString() : sb.toString();
    }
}
