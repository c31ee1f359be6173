package io.github.bpsconnector.metadata.json;

/**
 * A value in the JSON does not fit the canonical form: the wrong JSON type, an explicit {@code null} or blank
 * text (omit the field instead), a named value outside its code list, a date that is not {@code yyyy-MM} or
 * {@code yyyy-MM-dd}, or a structurally impossible value such as a date range with neither bound.
 */
public final class InvalidMetadataValueException extends MetadataJsonException {

    private static final long serialVersionUID = 1L;

    /**
     * @param path    the JSON Pointer of the offending value
     * @param line    the 1-based line, or -1
     * @param column  the 1-based column, or -1
     * @param message what went wrong
     * @param cause   the parser's exception
     */
    public InvalidMetadataValueException(String path, int line, int column, String message, Throwable cause) {
        super(path, line, column, message, cause);
    }
}
