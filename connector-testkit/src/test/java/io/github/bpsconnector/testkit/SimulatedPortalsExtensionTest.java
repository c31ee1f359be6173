package io.github.bpsconnector.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SimulatedPortalsExtensionTest {

    private static final Instant START = Instant.parse("2026-05-01T00:00:00Z");
    private static final AtomicReference<EchoPortal> PREVIOUS = new AtomicReference<>();

    @RegisterExtension
    static final SimulatedPortalsExtension PORTALS = SimulatedPortalsExtension.configured(builder -> builder
            .clearPortals()
            .clock(new SimClock(START))
            .with(EchoPortal.class, EchoPortal::new));

    private EchoPortal fromBeforeEach;

    @BeforeEach
    void setUp(EchoPortal echo) {
        fromBeforeEach = echo;
    }

    @Test
    @Order(1)
    void injectsThePortalsTheirClockAndTheSet(EchoPortal echo, SimClock clock, SimulatedPortals portals) {
        assertThat(echo.isRunning()).isTrue();
        assertThat(echo).isSameAs(fromBeforeEach).isSameAs(portals.portal(EchoPortal.class));
        assertThat(echo.clock()).isSameAs(clock).isSameAs(portals.clock());
        PREVIOUS.set(echo);
    }

    @Test
    @Order(2)
    void eachTestGetsFreshSimulatorsAndThePreviousOnesAreStopped(EchoPortal echo) {
        assertThat(PREVIOUS.get()).isNotNull();
        assertThat(PREVIOUS.get().isRunning()).isFalse();
        assertThat(echo).isNotSameAs(PREVIOUS.get());
        assertThat(echo.isRunning()).isTrue();
    }
}
