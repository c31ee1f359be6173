package io.github.bpsconnector.core.session;

import io.github.bpsconnector.core.error.AuthenticationException;
import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the current session of one portal account and makes sure that only one thread logs in at a time
 * (single-flight re-login).
 *
 * <ul>
 *   <li>{@link #current()} returns the current session, logging in first if there is none.</li>
 *   <li>{@link #renew(Session)} is called by a thread whose request found its session expired. If that session is
 *       still the current one, exactly one thread logs in while the others wait (at most the wait timeout) and
 *       then all get the new session. If another thread has already renewed it, the newer session comes back at
 *       once, without a login.</li>
 * </ul>
 *
 * <p>Each login starts from a fresh empty session (a stale cookie never leaks into a new login). Nothing is
 * retried here: a failed login is thrown to the thread that ran it and to every thread waiting for it. After an
 * {@link AuthenticationException} the manager remembers the refusal and throws again at once, without asking the
 * portal, until {@link #reset()}, so that a wrong password can never lock the account through repeated logins.
 * Other failures (portal unavailable) are not remembered: the next call tries again.
 *
 * <p>Thread-safe. Sessions are compared by identity.
 */
public final class SessionManager {

    private static final Logger LOG = LoggerFactory.getLogger(SessionManager.class);

    /** Default longest wait for another thread's login. */
    public static final Duration DEFAULT_WAIT_TIMEOUT = Duration.ofMinutes(2);

    private final String portal;
    private final Authenticator authenticator;
    private final Supplier<Session> sessionFactory;
    private final Duration waitTimeout;

    private final Object lock = new Object();
    private Session current;
    private CompletableFuture<Session> loginInFlight;
    private AuthenticationException refusal;

    private SessionManager(Builder builder) {
        this.portal = builder.portal;
        this.authenticator = builder.authenticator;
        this.sessionFactory = builder.sessionFactory;
        this.waitTimeout = builder.waitTimeout;
        this.current = builder.initialSession;
    }

    /**
     * A builder for a manager of one account on {@code portal}.
     *
     * @param portal        the portal's name, used in logs and exceptions (e.g. {@code "romantik"})
     * @param authenticator logs in into a fresh session
     */
    public static Builder builder(String portal, Authenticator authenticator) {
        return new Builder(portal, authenticator);
    }

    /**
     * The current session, logging in first if there is none (the first call, or after a failed renewal or
     * {@link #reset()}). If another thread is logging in, waits for it.
     *
     * @throws AuthenticationException     if the portal refused the login (now or before, until {@link #reset()})
     * @throws PortalUnavailableException  if waiting for another thread's login timed out or was interrupted
     * @throws RuntimeException            whatever else the login threw
     */
    public Session current() {
        return obtain(null);
    }

    /**
     * A session to replace {@code stale}, whose request showed that the portal ended it. If {@code stale} is still
     * the current session, logs in (or waits for the thread already doing so) and returns the new session; if the
     * current session is already a newer one, returns it at once.
     *
     * @param stale the session that was found expired
     * @throws AuthenticationException     if the portal refused the login (now or before, until {@link #reset()})
     * @throws PortalUnavailableException  if waiting for another thread's login timed out or was interrupted
     * @throws RuntimeException            whatever else the login threw
     */
    public Session renew(Session stale) {
        return obtain(Objects.requireNonNull(stale, "stale"));
    }

    /** The current session without logging in: empty before the first login and after a failed one. */
    public Optional<Session> peek() {
        synchronized (lock) {
            return Optional.ofNullable(current);
        }
    }

    /**
     * Forgets the current session and a remembered refusal, e.g. after the user fixed the password; the next
     * {@link #current()} logs in. A login already running is not affected.
     */
    public void reset() {
        synchronized (lock) {
            current = null;
            refusal = null;
        }
    }

    private Session obtain(Session stale) {
        CompletableFuture<Session> flight;
        boolean leader = false;
        synchronized (lock) {
            if (refusal != null) {
                throw new AuthenticationException(refusal.context(), "login to " + portal
                        + " was refused earlier; not trying again until the session manager is reset", refusal);
            }
            if (current != null && current != stale) {
                return current;
            }
            if (loginInFlight == null) {
                loginInFlight = new CompletableFuture<>();
                leader = true;
            }
            flight = loginInFlight;
        }
        return leader ? logIn(flight) : await(flight);
    }

    private Session logIn(CompletableFuture<Session> flight) {
        try {
            Session session = Objects.requireNonNull(authenticator.logIn(sessionFactory.get()),
                    "the authenticator returned no session");
            synchronized (lock) {
                current = session;
                loginInFlight = null;
            }
            flight.complete(session);
            LOG.info("Logged in to {}", portal);
            return session;
        } catch (RuntimeException | Error e) {
            synchronized (lock) {
                current = null;
                loginInFlight = null;
                if (e instanceof AuthenticationException) {
                    refusal = (AuthenticationException) e;
                }
            }
            flight.completeExceptionally(e);
            LOG.warn("Login to {} failed: {}", portal, e.toString());
            throw e;
        }
    }

    private Session await(CompletableFuture<Session> flight) {
        try {
            return flight.get(waitTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw (Error) cause;
        } catch (TimeoutException e) {
            throw new PortalUnavailableException(ErrorContext.of(portal, "login"), Delivery.NOT_SENT,
                    "gave up waiting " + waitTimeout + " for another thread's login", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortalUnavailableException(ErrorContext.of(portal, "login"), Delivery.NOT_SENT,
                    "interrupted while waiting for another thread's login", e);
        }
    }

    @Override
    public String toString() {
        synchronized (lock) {
            String state = refusal != null ? "refused" : loginInFlight != null ? "logging in"
                    : current != null ? "logged in" : "not logged in";
            return "SessionManager[" + portal + ", " + state + "]";
        }
    }

    /** Builds a {@link SessionManager}. */
    public static final class Builder {

        private final String portal;
        private final Authenticator authenticator;
        private Supplier<Session> sessionFactory = Session::new;
        private Duration waitTimeout = DEFAULT_WAIT_TIMEOUT;
        private Session initialSession;

        private Builder(String portal, Authenticator authenticator) {
            this.portal = Objects.requireNonNull(portal, "portal");
            this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        }

        /** Where fresh sessions for a login come from; default: empty sessions on the system clock. */
        public Builder sessionFactory(Supplier<Session> factory) {
            this.sessionFactory = Objects.requireNonNull(factory, "factory");
            return this;
        }

        /** Fresh sessions on {@code clock}. */
        public Builder clock(Clock clock) {
            Objects.requireNonNull(clock, "clock");
            return sessionFactory(() -> new Session(clock));
        }

        /**
         * A session to start with instead of logging in, e.g. one restored by {@link SessionStore} from a manual
         * browser login. When the portal ends it, the next {@link #renew(Session)} logs in through the
         * authenticator.
         */
        public Builder initialSession(Session session) {
            this.initialSession = Objects.requireNonNull(session, "session");
            return this;
        }

        /** The longest a thread waits for another thread's login; default {@link #DEFAULT_WAIT_TIMEOUT}. */
        public Builder waitTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("waitTimeout must be positive: " + timeout);
            }
            this.waitTimeout = timeout;
            return this;
        }

        /** The manager. */
        public SessionManager build() {
            return new SessionManager(this);
        }
    }
}
