package io.github.bpsconnector.core.http;

/**
 * Logs in again after the session expired. Implementations must be single-flight: when several calls see the
 * expiry at once, one login runs and the others wait for it and share its result.
 */
@FunctionalInterface
public interface ReLogin {

    /**
     * Renews the session; returns when the new session is in place.
     *
     * @throws io.github.bpsconnector.core.error.AuthenticationException when the portal refuses the credentials
     */
    void reLogin();
}
