package io.github.bpsconnector.workflow.sop;

/**
 * A definition file (an SOP or a holiday list), bundled or supplied by the user, is not what its format requires.
 * Names the file and the field, e.g. {@code steps[2].actor}.
 */
public class DefinitionFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String field;

    /**
     * @param source the file, as named to the reader
     * @param field  the path of the offending field, or {@code ""} for the whole file
     * @param problem what is wrong
     * @param cause  the underlying error, or {@code null}
     */
    public DefinitionFormatException(String source, String field, String problem, Throwable cause) {
        super(source + (field.isEmpty() ? "" : ": " + field) + ": " + problem, cause);
        this.source = source;
        this.field = field;
    }

    /** The file, as named to the reader. */
    public String source() {
        return source;
    }

    /** The path of the offending field, e.g. {@code steps[2].actor}; {@code ""} for the whole file. */
    public String field() {
        return field;
    }
}
