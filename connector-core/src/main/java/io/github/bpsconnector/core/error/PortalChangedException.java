package io.github.bpsconnector.core.error;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A page or JSON body no longer matches the portal profile: a selector found nothing, a key is missing. Names what
 * did not match and where the redacted snapshot of the page was saved for the bug report. The fix is a profile
 * override, not a retry.
 */
public class PortalChangedException extends PortalException {

    private static final long serialVersionUID = 1L;

    private final String expectation;
    private final transient Path snapshot;

    /**
     * @param expectation the selector, key or pattern that did not match
     * @param snapshot    where the redacted page was saved, or {@code null}
     */
    public PortalChangedException(ErrorContext context, String message, String expectation, Path snapshot) {
        super(context, Delivery.REJECTED, message, null);
        this.expectation = expectation;
        this.snapshot = snapshot;
    }

    /** The selector, key or pattern that did not match. */
    public String expectation() {
        return expectation;
    }

    /** The redacted snapshot of the page, if one was saved. */
    public Optional<Path> snapshot() {
        return Optional.ofNullable(snapshot);
    }
}
