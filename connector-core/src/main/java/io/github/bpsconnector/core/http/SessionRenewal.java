package io.github.bpsconnector.core.http;

import io.github.bpsconnector.core.error.AuthenticationException;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.SessionExpiredException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a call with the current session and renews the session once when the answer shows it expired. A safe call
 * is then made again with the new session; if that answer shows expiry too, the login does not hold and the result
 * is {@link AuthenticationException}. A state-changing call is never repeated here: the session is renewed and
 * {@link SessionExpiredException} tells the caller that its request was refused, so that it can redo it with a
 * fresh form and CSRF token.
 *
 * <p>With {@code core.session}: {@code new SessionRenewal<>("indah", r -> r.status() == 401,
 * sessions::current, sessions::renew)}. Thread-safe if the session supplier and {@link ReLogin} are.
 *
 * @param <S> the session type
 */
public final class SessionRenewal<S> {

    private static final Logger LOG = LoggerFactory.getLogger(SessionRenewal.class);

    private final String portal;
    private final SessionExpiryDetector detector;
    private final Supplier<S> currentSession;
    private final ReLogin<S> reLogin;

    /**
     * @param portal         the portal name for errors, e.g. {@code "indah"}
     * @param detector       recognises an expired session
     * @param currentSession the session to start a call with (logging in first if there is none)
     * @param reLogin        replaces an expired session (single-flight)
     */
    public SessionRenewal(String portal, SessionExpiryDetector detector, Supplier<S> currentSession,
            ReLogin<S> reLogin) {
        this.portal = Objects.requireNonNull(portal, "portal");
        this.detector = Objects.requireNonNull(detector, "detector");
        this.currentSession = Objects.requireNonNull(currentSession, "currentSession");
        this.reLogin = Objects.requireNonNull(reLogin, "reLogin");
    }

    /**
     * Runs {@code call} with the current session, renewing the session once if needed.
     *
     * @param operation the operation name for errors
     * @param safe      whether the call may be made again
     * @param call      sends the request with the session it is given (its cookies, bearer token, CSRF token)
     * @return the answer of a live session
     * @throws SessionExpiredException a state-changing call met an expired session (the session is now renewed)
     * @throws AuthenticationException the answer right after a fresh login still shows an expired session
     */
    public PortalResponse call(String operation, boolean safe, Function<S, PortalResponse> call) {
        S session = currentSession.get();
        PortalResponse response = call.apply(session);
        if (!detector.isExpired(response)) {
            return response;
        }
        ErrorContext context = ErrorContext.of(portal, operation).withHttpStatus(response.status());
        LOG.debug("{} {}: session expired (HTTP {}), logging in again", portal, operation, response.status());
        S renewed = reLogin.reLogin(session);
        if (!safe) {
            throw new SessionExpiredException(context, operation
                    + ": the session had expired; the request was refused and is not repeated");
        }
        PortalResponse again = call.apply(renewed);
        if (detector.isExpired(again)) {
            throw new AuthenticationException(context.withHttpStatus(again.status()), operation
                    + ": the session expired again right after a fresh login");
        }
        return again;
    }
}
