package io.github.bpsconnector.core.resilience;

import dev.failsafe.function.CheckedRunnable;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Aborts the attempts that outlive their attempt timeout, from one shared daemon thread.
 *
 * <p>Why not Failsafe's {@code Timeout} policy: it schedules a timer task for every attempt and cancels it when the
 * attempt ends, which wakes its scheduler thread twice per request; on loopback that cost more CPU than the rest of
 * the resilience layer. Here starting and finishing an attempt only add it to and remove it from a concurrent set.
 * The watchdog sleeps until the earliest deadline it knows, and never longer than the shortest attempt timeout it
 * has seen, so an attempt started while it sleeps (whose deadline is at least that far away) cannot expire before
 * it wakes; only an attempt whose deadline comes before the planned wake-up wakes it.
 */
final class AttemptDeadlines {

    /** The watchdog of every {@link Resilience} of the JVM. */
    static final AttemptDeadlines SHARED = new AttemptDeadlines("bps-connector-attempt-timeout");

    private static final Logger LOG = LoggerFactory.getLogger(AttemptDeadlines.class);
    private static final long IDLE_SLEEP_NANOS = 60_000_000_000L;

    private final Set<Deadline> running = ConcurrentHashMap.newKeySet();
    private final Thread watchdog;
    private volatile long shortestTimeoutNanos = IDLE_SLEEP_NANOS;
    private volatile long wakeAt;
    private volatile boolean scanning = true;

    AttemptDeadlines(String threadName) {
        wakeAt = System.nanoTime();
        watchdog = new Thread(this::watch, threadName);
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /**
     * Starts the clock of one attempt.
     *
     * @param timeoutNanos the attempt timeout, positive
     */
    Deadline start(long timeoutNanos) {
        if (timeoutNanos < shortestTimeoutNanos) {
            lowerShortestTimeout(timeoutNanos);
        }
        Deadline deadline = new Deadline(System.nanoTime() + timeoutNanos);
        running.add(deadline);
        if (scanning || deadline.at - wakeAt < 0) {
            LockSupport.unpark(watchdog);
        }
        return deadline;
    }

    /** How many attempts are being watched; for tests. */
    int watched() {
        return running.size();
    }

    private synchronized void lowerShortestTimeout(long timeoutNanos) {
        shortestTimeoutNanos = Math.min(shortestTimeoutNanos, timeoutNanos);
    }

    private void watch() {
        while (true) {
            scanning = true;
            long now = System.nanoTime();
            long sleep = shortestTimeoutNanos;
            for (Deadline deadline : running) {
                long left = deadline.at - now;
                if (left <= 0) {
                    running.remove(deadline);
                    deadline.expire();
                } else {
                    sleep = Math.min(sleep, left);
                }
            }
            wakeAt = now + sleep;
            scanning = false;
            LockSupport.parkNanos(this, sleep);
        }
    }

    /** The deadline of one attempt: it ends either finished by the attempt or expired by the watchdog, never both. */
    final class Deadline {
        private final long at;
        private boolean finished;
        private boolean expired;
        private CheckedRunnable abort;

        private Deadline(long at) {
            this.at = at;
        }

        /**
         * How to abort the attempt's I/O when it expires; run at once if it already has.
         */
        void onExpiry(CheckedRunnable value) {
            boolean runNow;
            synchronized (this) {
                abort = value;
                runNow = expired;
            }
            if (runNow) {
                run(value);
            }
        }

        /** Ends the watch; {@code false} when the deadline expired first (the attempt has been aborted). */
        boolean finish() {
            running.remove(this);
            synchronized (this) {
                finished = !expired;
                return finished;
            }
        }

        /** Whether the deadline expired before the attempt finished. */
        synchronized boolean expired() {
            return expired;
        }

        private void expire() {
            CheckedRunnable hook;
            synchronized (this) {
                if (finished) {
                    return;
                }
                expired = true;
                hook = abort;
            }
            if (hook != null) {
                run(hook);
            }
        }

        private void run(CheckedRunnable hook) {
            try {
                hook.run();
            } catch (Throwable e) {
                // the attempt still ends as timed out; a failing abort must not stop the watchdog
                LOG.warn("aborting a timed-out attempt failed: {}", e.getClass().getSimpleName());
            }
        }
    }
}
