package io.github.bpsconnector.testkit.indah;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A write the simulated INDAH refuses: invalid content, a status transition the model does not allow, or an
 * account without the right. The HTTP routes render it per {@link RejectionStyle}; the Java reviewer throws it.
 */
public final class IndahRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the write was refused. */
    public enum Kind {
        /** Missing or wrong fields (400). */
        INVALID_CONTENT,
        /** A status change or edit the status machine does not allow (400). */
        TRANSITION,
        /** The account lacks the role, function or region (403). */
        FORBIDDEN
    }

    /**
     * A field and what is wrong with it.
     *
     * @param field the JSON path of the field, e.g. {@code data.judul_kegiatan}
     * @param message the portal's message (Indonesian)
     */
    public record FieldError(String field, String message) {
    }

    private final Kind kind;
    private final transient List<FieldError> fieldErrors;

    IndahRejection(Kind kind, String message, List<FieldError> fieldErrors) {
        super(message, null, false, false);
        this.kind = kind;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    static IndahRejection invalid(List<FieldError> errors) {
        return new IndahRejection(Kind.INVALID_CONTENT,
                errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), errors);
    }

    static IndahRejection transition(String message) {
        return new IndahRejection(Kind.TRANSITION, message, List.of());
    }

    static IndahRejection forbidden(String message) {
        return new IndahRejection(Kind.FORBIDDEN, message, List.of());
    }

    /** @return why */
    public Kind kind() {
        return kind;
    }

    /** @return the HTTP status of the refusal: 403 when forbidden, else 400 */
    public int httpStatus() {
        return kind == Kind.FORBIDDEN ? 403 : 400;
    }

    /** @return the field errors of an {@link Kind#INVALID_CONTENT} refusal */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
