package io.github.bpsconnector.core.error;

/**
 * A file was refused before it was sent or while it was received: wrong type (magic bytes), too large, or a name
 * that cannot be made safe.
 */
public class FileRejectedException extends PortalException {

    private static final long serialVersionUID = 1L;

    /** Why the file was refused. */
    public enum Reason {
        /** The content is not of the required type. */
        TYPE,
        /** The file is larger than allowed. */
        SIZE,
        /** The file name cannot be used. */
        NAME,
        /** The file could not be read or written. */
        IO
    }

    private final Reason reason;

    public FileRejectedException(ErrorContext context, Reason reason, String message, Throwable cause) {
        super(context, Delivery.NOT_SENT, message, cause);
        this.reason = reason;
    }

    /** Why the file was refused. */
    public Reason reason() {
        return reason;
    }
}
