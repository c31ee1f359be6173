package io.github.bpsconnector.metadata.io;

import java.util.Map;

/**
 * A data row read into its draft, with a way to report problems against it. Once any error is reported for the row
 * (while reading or later while linking), the package it belongs to is not imported.
 *
 * @param <D> the draft type
 */
final class ParsedRow<D extends ActivityRow> implements RowProblems {

    private final String source;
    private final int number;
    private final D draft;
    private final Map<String, Integer> columnIndex;
    private final ProblemCollector problems;
    private boolean hasError;

    ParsedRow(String source, int number, D draft, Map<String, Integer> columnIndex, ProblemCollector problems) {
        this.source = source;
        this.number = number;
        this.draft = draft;
        this.columnIndex = columnIndex;
        this.problems = problems;
    }

    int number() {
        return number;
    }

    D draft() {
        return draft;
    }

    boolean hasError() {
        return hasError;
    }

    /** Marks the row as failed because of an error reported elsewhere (e.g. in a row linked to it). */
    void markError() {
        hasError = true;
    }

    @Override
    public void error(ImportProblemKind kind, String column, String value, String message) {
        report(kind, column, value, message);
    }

    /** Reports a problem of any severity against this row; an error marks the row. */
    void report(ImportProblemKind kind, String column, String value, String message) {
        Integer index = column == null ? null : columnIndex.get(column);
        String letter = index == null ? null : ProblemCollector.columnLetter(index);
        problems.add(new ImportProblem(kind, source, number, column, letter, value, message));
        if (kind.severity() == ImportSeverity.ERROR) {
            hasError = true;
        }
    }
}
