package io.github.bpsconnector.metadata.io;

/** A cell whose text cannot be read as its column's value; becomes an {@link ImportProblem}, never escapes. */
final class InvalidCellException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ImportProblemKind kind;
    private final String value;

    /**
     * @param kind    the problem kind
     * @param value   the offending part of the cell (e.g. one list entry), or {@code null} for the whole cell
     * @param message what is wrong, in Indonesian
     */
    InvalidCellException(ImportProblemKind kind, String value, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.value = value;
    }

    ImportProblemKind kind() {
        return kind;
    }

    String value() {
        return value;
    }
}
