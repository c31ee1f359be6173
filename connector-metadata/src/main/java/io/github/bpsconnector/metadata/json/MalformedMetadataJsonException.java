package io.github.bpsconnector.metadata.json;

/** The text is not a single well-formed JSON document (syntax error, duplicate key, empty input, trailing data). */
public final class MalformedMetadataJsonException extends MetadataJsonException {

    private static final long serialVersionUID = 1L;

    /**
     * @param line    the 1-based line of the error, or -1
     * @param column  the 1-based column of the error, or -1
     * @param message what went wrong, with the position
     * @param cause   the parser's exception, or {@code null}
     */
    public MalformedMetadataJsonException(int line, int column, String message, Throwable cause) {
        super(null, line, column, message, cause);
    }
}
