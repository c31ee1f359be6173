package io.github.bpsconnector.metadata.json;

import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalException;

/**
 * Canonical metadata JSON could not be read. A local failure: nothing was sent to a portal
 * ({@link Delivery#NOT_SENT}). Subtypes say why: {@link MalformedMetadataJsonException} (not JSON),
 * {@link UnknownMetadataFieldException} (a field the canonical form does not have) and
 * {@link InvalidMetadataValueException} (a value of the wrong type or outside its code list).
 */
public abstract class MetadataJsonException extends PortalException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final int line;
    private final int column;

    /**
     * @param path    the JSON Pointer of the offending value ({@code ""} for the root), or {@code null} when the
     *                text is not JSON
     * @param line    the 1-based line of the problem, or -1 when unknown
     * @param column  the 1-based column of the problem, or -1 when unknown
     * @param message what went wrong
     * @param cause   the parser's exception
     */
    protected MetadataJsonException(String path, int line, int column, String message, Throwable cause) {
        super(ErrorContext.of("local", "metadata-json.read"), Delivery.NOT_SENT, message, cause);
        this.path = path;
        this.line = line;
        this.column = column;
    }

    /**
     * The JSON Pointer (RFC 6901) of the offending value, e.g. {@code /activity/design/frequency} or
     * {@code /variables/0/name}; {@code ""} for the root; {@code null} when the text is not JSON at all.
     */
    public String path() {
        return path;
    }

    /** The 1-based line where the problem was found, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column where the problem was found, or -1 when unknown. */
    public int column() {
        return column;
    }
}
