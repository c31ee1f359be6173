package io.github.bpsconnector.core.http;

/**
 * Replaces a session whose request showed that the portal ended it. Implementations must be single-flight: when
 * several calls find the same session expired at once, one login runs and all get its new session; a call that
 * hands in a session already replaced gets the newer one without a login. {@code SessionManager::renew} of
 * {@code core.session} is such an implementation.
 *
 * @param <S> the session type
 */
@FunctionalInterface
public interface ReLogin<S> {

    /**
     * The session to use instead of {@code expired}; returns when it is in place.
     *
     * @throws io.github.bpsconnector.core.error.AuthenticationException when the portal refuses the credentials
     */
    S reLogin(S expired);
}
