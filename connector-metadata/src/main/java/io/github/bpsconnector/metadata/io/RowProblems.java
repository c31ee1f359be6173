package io.github.bpsconnector.metadata.io;

/** Where a draft reports a problem found while assembling its row. */
interface RowProblems {

    /**
     * Reports an error in the current row.
     *
     * @param kind    the problem kind
     * @param column  the header key of the column concerned
     * @param value   the offending value, or {@code null}
     * @param message what is wrong, in Indonesian
     */
    void error(ImportProblemKind kind, String column, String value, String message);
}
