package io.github.bpsconnector.core.http;

import io.github.bpsconnector.core.error.AuthenticationException;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.SessionExpiredException;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a call and renews the session once when its answer shows the session expired. For a safe call the call is
 * then made again (it must read the session afresh: new cookies, new bearer token); if that answer shows expiry
 * too, the login does not hold and the result is {@link AuthenticationException}. A state-changing call is never
 * repeated here: the session is renewed and {@link SessionExpiredException} tells the caller that its request was
 * refused (not applied), so that it can redo it with a fresh form and CSRF token.
 *
 * <p>Thread-safe if the {@link ReLogin} is.
 */
public final class SessionRenewal {

    private static final Logger LOG = LoggerFactory.getLogger(SessionRenewal.class);

    private final String portal;
    private final SessionExpiryDetector detector;
    private final ReLogin reLogin;

    /**
     * @param portal   the portal name for errors, e.g. {@code "indah"}
     * @param detector recognises an expired session
     * @param reLogin  renews the session (single-flight)
     */
    public SessionRenewal(String portal, SessionExpiryDetector detector, ReLogin reLogin) {
        this.portal = Objects.requireNonNull(portal, "portal");
        this.detector = Objects.requireNonNull(detector, "detector");
        this.reLogin = Objects.requireNonNull(reLogin, "reLogin");
    }

    /**
     * Runs {@code call}, renewing the session once if needed.
     *
     * @param operation the operation name for errors
     * @param safe      whether the call may be made again
     * @param call      sends the request with the current session each time it is invoked
     * @return the answer of a live session
     * @throws SessionExpiredException a state-changing call met an expired session (session now renewed)
     * @throws AuthenticationException the answer after a fresh login still shows an expired session
     */
    public PortalResponse call(String operation, boolean safe, Supplier<PortalResponse> call) {
        PortalResponse response = call.get();
        if (!detector.isExpired(response)) {
            return response;
        }
        ErrorContext context = ErrorContext.of(portal, operation).withHttpStatus(response.status());
        LOG.debug("{} {}: session expired (HTTP {}), logging in again", portal, operation, response.status());
        reLogin.reLogin();
        if (!safe) {
            throw new SessionExpiredException(context, operation
                    + ": the session had expired; the request was not applied and is not repeated");
        }
        PortalResponse again = call.get();
        if (detector.isExpired(again)) {
            throw new AuthenticationException(context.withHttpStatus(again.status()), operation
                    + ": the session expired again right after a fresh login");
        }
        return again;
    }

    /** {@link #call(String, boolean, Supplier)} with the operation and safety of a request. */
    public PortalResponse call(PortalRequest request, Supplier<PortalResponse> call) {
        return call(request.operation(), request.safe(), call);
    }
}
