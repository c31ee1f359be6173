package io.github.bpsconnector.core.session;

import io.github.bpsconnector.core.error.AuthenticationException;

/**
 * Logs in to a portal. Given a fresh, empty session, it runs the portal's login (fetch the login form, post the
 * credentials, keep the cookies and tokens the portal sets) and returns the logged-in session, normally the same
 * object it was given.
 */
@FunctionalInterface
public interface Authenticator {

    /**
     * Logs in into {@code freshSession}.
     *
     * @param freshSession an empty session that no other thread uses yet
     * @return the logged-in session
     * @throws AuthenticationException when the portal refuses the credentials or the account; the
     *                                 {@link SessionManager} then does not try again until it is reset
     */
    Session logIn(Session freshSession);
}
