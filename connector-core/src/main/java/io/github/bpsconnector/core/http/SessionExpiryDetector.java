package io.github.bpsconnector.core.http;

/**
 * Recognises an answer that means "your session has expired". Each portal module has its own: INDAH answers
 * {@code 401}; Romantik redirects to its login page or shows the login form in place of the page asked for.
 */
@FunctionalInterface
public interface SessionExpiryDetector {

    /** Whether this answer means the session has expired. */
    boolean isExpired(PortalResponse response);
}
