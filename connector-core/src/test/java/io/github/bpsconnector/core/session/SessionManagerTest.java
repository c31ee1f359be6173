package io.github.bpsconnector.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.bpsconnector.core.error.AuthenticationException;
import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SessionManagerTest {

    private static final int THREADS = 16;

    /** Logs in by setting a token numbered by the login count; can be held inside the login by a latch. */
    private static final class CountingAuthenticator implements Authenticator {
        final AtomicInteger logins = new AtomicInteger();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release;
        final AtomicReference<Thread> leader = new AtomicReference<>();
        final List<Session> given = new ArrayList<>();
        volatile RuntimeException failure;

        CountingAuthenticator(boolean holdInsideLogin) {
            this.release = new CountDownLatch(holdInsideLogin ? 1 : 0);
        }

        @Override
        public synchronized Session logIn(Session fresh) {
            int n = logins.incrementAndGet();
            given.add(fresh);
            leader.set(Thread.currentThread());
            entered.countDown();
            try {
                if (!release.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released the login");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failure != null) {
                throw failure;
            }
            fresh.setBearerToken("token-" + n);
            return fresh;
        }
    }

    /** Results of a run of many threads: what each got back or threw. */
    private static final class Run {
        final List<Thread> threads = new ArrayList<>();
        final ConcurrentLinkedQueue<Session> sessions = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();

        static Run start(int count, Supplier<Session> call) {
            Run run = new Run();
            CyclicBarrier barrier = new CyclicBarrier(count);
            for (int i = 0; i < count; i++) {
                Thread thread = new Thread(() -> {
                    try {
                        barrier.await();
                        run.sessions.add(call.get());
                    } catch (Throwable e) {
                        run.failures.add(e);
                    }
                }, "renew-" + i);
                thread.setDaemon(true); // a failed assertion must not leave the test JVM hanging
                run.threads.add(thread);
                thread.start();
            }
            return run;
        }

        /** Waits until every thread but the leader is blocked waiting for the leader's login. */
        void awaitAllWaitingFor(Thread leader) {
            await().atMost(Duration.ofSeconds(10)).until(() -> threads.stream()
                    .filter(t -> t != leader)
                    .allMatch(t -> t.getState() == Thread.State.TIMED_WAITING));
        }

        void join() throws InterruptedException {
            for (Thread thread : threads) {
                thread.join();
            }
        }
    }

    private static AuthenticationException refused() {
        return new AuthenticationException(ErrorContext.of("romantik", "login"), "wrong user name or password");
    }

    @Test
    void logsInLazilyOnceAndKeepsTheSession() {
        CountingAuthenticator authenticator = new CountingAuthenticator(false);
        SessionManager manager = SessionManager.builder("romantik", authenticator).build();
        assertThat(manager.peek()).isEmpty();

        Session first = manager.current();
        Session second = manager.current();

        assertThat(first).isSameAs(second);
        assertThat(first.bearerToken()).contains("token-1");
        assertThat(authenticator.logins).hasValue(1);
        assertThat(manager.peek()).containsSame(first);
    }

    @Test
    void sixteenThreadsRenewingTheSameStaleSessionCauseExactlyOneLogin() throws Exception {
        Session stale = new Session();
        CountingAuthenticator held = new CountingAuthenticator(true);
        SessionManager contended = SessionManager.builder("romantik", held).initialSession(stale).build();

        Run run = Run.start(THREADS, () -> contended.renew(stale));
        held.entered.await();
        run.awaitAllWaitingFor(held.leader.get());
        held.release.countDown();
        run.join();

        assertThat(run.failures).isEmpty();
        assertThat(held.logins).hasValue(1);
        assertThat(run.sessions).hasSize(THREADS).allSatisfy(s -> assertThat(s).isSameAs(held.given.get(0)));
        assertThat(held.given.get(0)).isNotSameAs(stale);
        assertThat(contended.current()).isSameAs(held.given.get(0));
        assertThat(held.logins).hasValue(1);
    }

    @Test
    void renewingAnAlreadyReplacedSessionReturnsTheNewOneWithoutLoggingIn() {
        CountingAuthenticator authenticator = new CountingAuthenticator(false);
        SessionManager manager = SessionManager.builder("romantik", authenticator).build();
        Session stale = manager.current();
        Session renewed = manager.renew(stale);

        Session again = manager.renew(stale);

        assertThat(again).isSameAs(renewed).isNotSameAs(stale);
        assertThat(authenticator.logins).hasValue(2);
    }

    @Test
    void eachLoginStartsFromAFreshEmptySession() {
        CountingAuthenticator authenticator = new CountingAuthenticator(false);
        MutableClock clock = new MutableClock(java.time.Instant.parse("2026-03-02T01:00:00Z"));
        SessionManager manager = SessionManager.builder("romantik", authenticator).clock(clock).build();
        Session stale = manager.current();
        stale.addCookie(SessionTest.cookie("PHPSESSID", "old"));

        clock.advance(Duration.ofHours(2));
        Session renewed = manager.renew(stale);

        assertThat(renewed.cookies()).isEmpty();
        assertThat(renewed.createdAt()).isEqualTo(clock.instant());
    }

    @Test
    void aRefusedLoginIsThrownToEveryWaiterAndNotTriedAgainUntilReset() throws Exception {
        CountingAuthenticator authenticator = new CountingAuthenticator(true);
        AuthenticationException refusal = refused();
        authenticator.failure = refusal;
        SessionManager manager = SessionManager.builder("romantik", authenticator).build();

        Run run = Run.start(THREADS, manager::current);
        authenticator.entered.await();
        run.awaitAllWaitingFor(authenticator.leader.get());
        authenticator.release.countDown();
        run.join();

        assertThat(run.sessions).isEmpty();
        assertThat(run.failures).hasSize(THREADS).allSatisfy(e -> assertThat(e).isSameAs(refusal));
        assertThat(authenticator.logins).hasValue(1);

        assertThatThrownBy(manager::current).isExactlyInstanceOf(AuthenticationException.class)
                .hasMessageContaining("refused earlier").hasCause(refusal);
        assertThat(authenticator.logins).as("no second login").hasValue(1);

        authenticator.failure = null;
        manager.reset();
        assertThat(manager.current().bearerToken()).contains("token-2");
    }

    @Test
    void aTransientLoginFailureIsNotRemembered() {
        CountingAuthenticator authenticator = new CountingAuthenticator(false);
        authenticator.failure = new PortalUnavailableException(ErrorContext.of("romantik", "login"),
                Delivery.NOT_SENT, "connection refused", null);
        SessionManager manager = SessionManager.builder("romantik", authenticator).build();

        assertThatThrownBy(manager::current).isExactlyInstanceOf(PortalUnavailableException.class);
        assertThat(manager.peek()).isEmpty();

        authenticator.failure = null;
        assertThat(manager.current().bearerToken()).contains("token-2");
    }

    @Test
    void aFailedRenewalDropsTheStaleSession() {
        CountingAuthenticator authenticator = new CountingAuthenticator(false);
        SessionManager manager = SessionManager.builder("romantik", authenticator).build();
        Session stale = manager.current();
        authenticator.failure = new IllegalStateException("login page changed");

        assertThatThrownBy(() -> manager.renew(stale)).isExactlyInstanceOf(IllegalStateException.class);

        assertThat(manager.peek()).isEmpty();
    }

    @Test
    void aWaiterGivesUpAfterItsTimeoutWhileTheLoginHangs() throws Exception {
        CountingAuthenticator authenticator = new CountingAuthenticator(true);
        SessionManager manager = SessionManager.builder("romantik", authenticator)
                .waitTimeout(Duration.ofMillis(200)).build();
        Run leader = Run.start(1, manager::current);
        authenticator.entered.await();

        assertThatThrownBy(manager::current).isExactlyInstanceOf(PortalUnavailableException.class)
                .hasMessageContaining("waiting")
                .satisfies(e -> assertThat(((PortalUnavailableException) e).delivery()).isEqualTo(Delivery.NOT_SENT));

        authenticator.release.countDown();
        leader.join();
        assertThat(leader.sessions).hasSize(1);
        assertThat(authenticator.logins).hasValue(1);
    }

    @Test
    void anInitialSessionIsUsedWithoutLoggingIn() {
        CountingAuthenticator authenticator = new CountingAuthenticator(false);
        Session restored = new Session();
        restored.setBearerToken("pasted");
        SessionManager manager = SessionManager.builder("indah", authenticator).initialSession(restored).build();

        assertThat(manager.current()).isSameAs(restored);
        assertThat(authenticator.logins).hasValue(0);
        assertThat(manager.toString()).contains("indah").contains("logged in").doesNotContain("pasted");
    }
}
