package io.github.bpsconnector.metadata.json;

/**
 * The JSON has a field the canonical form does not define. The canonical form is strict so that a misspelt key
 * is never silently dropped; {@link #path()} ends with the unknown field's name.
 */
public final class UnknownMetadataFieldException extends MetadataJsonException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param path    the JSON Pointer of the unknown field
     * @param field   the unknown field's name
     * @param line    the 1-based line, or -1
     * @param column  the 1-based column, or -1
     * @param message what went wrong
     * @param cause   the parser's exception
     */
    public UnknownMetadataFieldException(String path, String field, int line, int column, String message,
                                         Throwable cause) {
        super(path, line, column, message, cause);
        this.field = field;
    }

    /** The unknown field's name. */
    public String field() {
        return field;
    }
}
