package io.github.bpsconnector.metadata.io;

/**
 * One cell as read from a sheet or CSV/TSV file, before any interpretation: its text (empty when blank) and, if the
 * reader could not take the cell as text, why.
 *
 * @param text  the text; never {@code null}; cut to the cell limit when {@code issue} is {@link Issue#TOO_LONG}
 * @param issue why the cell cannot be used, or {@code null} when it can
 */
record RawCell(String text, Issue issue) {

    static final RawCell BLANK = new RawCell("", null);

    /** Why a reader could not take a cell as text. */
    enum Issue {
        /** Longer than the cell limit. */
        TOO_LONG(ImportProblemKind.CELL_TOO_LONG),
        /** Holds bytes that are not valid UTF-8. */
        BAD_ENCODING(ImportProblemKind.BAD_ENCODING),
        /** An Excel formula (the text is the formula, which is never evaluated). */
        FORMULA(ImportProblemKind.FORMULA_CELL),
        /** An Excel error value such as {@code #REF!}. */
        ERROR_VALUE(ImportProblemKind.ERROR_CELL);

        private final ImportProblemKind kind;

        Issue(ImportProblemKind kind) {
            this.kind = kind;
        }

        ImportProblemKind kind() {
            return kind;
        }
    }

    static RawCell of(String text) {
        return text.isEmpty() ? BLANK : new RawCell(text, null);
    }

    boolean isBlank() {
        return issue == null && text.isBlank();
    }
}
