package io.github.bpsconnector.core.session;

import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalException;
import java.nio.file.Path;

/**
 * A file holding secrets (a credentials file, a saved session) may be read or written by users other than its
 * owner, so it was refused. Fix: {@code chmod 600 <file>}.
 */
public class InsecureFileException extends PortalException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String permissions;

    /**
     * @param context     what was being done (e.g. {@code local credentials})
     * @param file        the refused file
     * @param permissions its POSIX permissions, e.g. {@code rw-r--r--}
     */
    public InsecureFileException(ErrorContext context, Path file, String permissions) {
        super(context, Delivery.NOT_SENT, "refusing " + file + ": its permissions are " + permissions
                + " but a file holding secrets must be accessible by its owner only (chmod 600)", null);
        this.file = file;
        this.permissions = permissions;
    }

    /** The refused file. */
    public Path file() {
        return file;
    }

    /** Its POSIX permissions, e.g. {@code rw-r--r--}. */
    public String permissions() {
        return permissions;
    }
}
