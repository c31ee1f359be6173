package io.github.bpsconnector.metadata.io;

/**
 * What kind of problem an {@link ImportProblem} reports: the machine-readable side of a report line. Each kind has
 * a fixed {@link ImportSeverity}.
 */
public enum ImportProblemKind {

    /** A sheet of the template (or its CSV/TSV file) is missing. */
    MISSING_SHEET(ImportSeverity.ERROR),
    /** A sheet or file has no header row at all. */
    EMPTY_SHEET(ImportSeverity.ERROR),
    /** A column needed to link rows (e.g. {@code judul_kegiatan}) is missing from the header. */
    MISSING_COLUMN(ImportSeverity.ERROR),
    /** Template columns absent from the header; their items stay unfilled. */
    ABSENT_COLUMNS(ImportSeverity.WARNING),
    /** A header the template does not know; the column is ignored. */
    UNKNOWN_COLUMN(ImportSeverity.WARNING),
    /** The same header appears twice. */
    DUPLICATE_COLUMN(ImportSeverity.ERROR),
    /** More data rows than {@link ImportLimits#maxRows()}; the sheet was not read to its end. */
    TOO_MANY_ROWS(ImportSeverity.ERROR),
    /** A row with more cells than {@link ImportLimits#maxColumns()}. */
    TOO_MANY_COLUMNS(ImportSeverity.ERROR),
    /** A cell longer than {@link ImportLimits#maxCellChars()}. */
    CELL_TOO_LONG(ImportSeverity.ERROR),
    /** A CSV/TSV quoted field that is never closed: the rest of the file was swallowed into one cell. */
    UNCLOSED_QUOTE(ImportSeverity.ERROR),
    /** Bytes that are not valid UTF-8 (e.g. a file saved as ANSI/Windows-1252). */
    BAD_ENCODING(ImportSeverity.ERROR),
    /** An Excel formula cell; formulas are never evaluated. */
    FORMULA_CELL(ImportSeverity.ERROR),
    /** An Excel error cell such as {@code #REF!}. */
    ERROR_CELL(ImportSeverity.ERROR),
    /** Text that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @} ...). */
    FORMULA_INJECTION(ImportSeverity.ERROR),
    /** A value that is in no code list. */
    UNKNOWN_CODE(ImportSeverity.ERROR),
    /** A date that is not {@code yyyy-MM-dd} or {@code yyyy-MM}, or does not exist. */
    BAD_DATE(ImportSeverity.ERROR),
    /** A number that is not a whole number in range. */
    BAD_NUMBER(ImportSeverity.ERROR),
    /** A yes/no value that is not Ya/Tidak/true/false/1/0. */
    BAD_BOOLEAN(ImportSeverity.ERROR),
    /** A list entry in the wrong form (e.g. a value-domain entry without {@code kode=nilai}). */
    BAD_LIST_ENTRY(ImportSeverity.ERROR),
    /** A {@code rumus} that cannot be turned into LaTeX. */
    BAD_FORMULA(ImportSeverity.ERROR),
    /** The start and end columns of a schedule phase list a different number of rounds. */
    SCHEDULE_MISMATCH(ImportSeverity.ERROR),
    /** A value needed to link the row (its {@code judul_kegiatan}) is blank. */
    MISSING_VALUE(ImportSeverity.ERROR),
    /** Two MS-Keg rows with the same {@code judul_kegiatan}. */
    DUPLICATE_ACTIVITY(ImportSeverity.ERROR),
    /** A row whose {@code judul_kegiatan} matches no MS-Keg row. */
    UNKNOWN_ACTIVITY(ImportSeverity.ERROR),
    /** A package left out because one of its rows has an error. */
    PACKAGE_NOT_IMPORTED(ImportSeverity.WARNING),
    /** More problems than {@link ImportLimits#maxProblems()}; the rest were counted but not listed. */
    TOO_MANY_PROBLEMS(ImportSeverity.WARNING);

    private final ImportSeverity severity;

    ImportProblemKind(ImportSeverity severity) {
        this.severity = severity;
    }

    /** The severity of every problem of this kind. */
    public ImportSeverity severity() {
        return severity;
    }
}
