package io.github.bpsconnector.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimulatedPortalsTest {

    /** A second test portal type, to check that several portals share one clock. */
    static final class OtherPortal extends SimulatedPortal {
        OtherPortal(SimClock clock, int port) {
            super("other", clock, port);
        }

        @Override
        protected void defineRoutes(Router router) {
            router.get("/now", request -> SimResponse.json(200, java.util.Map.of("now", clock().now().toString())));
        }

        @Override
        protected SimResponse expireSession(SimRequest request) {
            return SimResponse.status(401);
        }
    }

    @Test
    void startsRegisteredPortalsOnFreePortsWithOneSharedClock() throws IOException {
        SimClock clock = new SimClock(Instant.parse("2026-04-01T00:00:00Z"));
        try (SimulatedPortals portals = SimulatedPortals.builder().clearPortals().clock(clock)
                .with(EchoPortal.class, EchoPortal::new)
                .with(OtherPortal.class, OtherPortal::new)
                .start();
                RawHttp echo = new RawHttp(portals.portal(EchoPortal.class).baseUrl());
                RawHttp other = new RawHttp(portals.portal(OtherPortal.class).baseUrl())) {

            assertThat(portals.all()).contains(portals.portal(EchoPortal.class), portals.portal(OtherPortal.class));
            assertThat(portals.portal(EchoPortal.class).port()).isNotEqualTo(portals.portal(OtherPortal.class).port());
            assertThat(portals.clock()).isSameAs(clock);

            echo.postJson("/__sim/clock/advance", "{\"duration\":\"PT1H\"}");
            assertThat(other.get("/now").json().get("now").asText()).isEqualTo("2026-04-01T01:00:00Z");
        }
    }

    @Test
    void closeStopsEveryPortal() {
        SimulatedPortals portals = SimulatedPortals.builder().clearPortals().with(EchoPortal.class, EchoPortal::new).start();
        EchoPortal echo = portals.portal(EchoPortal.class);
        portals.close();
        assertThat(echo.isRunning()).isFalse();
    }

    @Test
    void startsOnAGivenPort() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        try (SimulatedPortals portals = SimulatedPortals.builder().clearPortals().with(EchoPortal.class, EchoPortal::new)
                .port(EchoPortal.class, port).start()) {
            assertThat(portals.portal(EchoPortal.class).port()).isEqualTo(port);
        }
    }

    @Test
    void aTakenPortFailsClearlyAndStopsThePortalsAlreadyStarted() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            SimulatedPortals.Builder builder = SimulatedPortals.builder().clearPortals()
                    .with(EchoPortal.class, EchoPortal::new)
                    .with(OtherPortal.class, OtherPortal::new)
                    .port(OtherPortal.class, taken.getLocalPort());
            assertThatThrownBy(builder::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Cannot start simulated other on 127.0.0.1:" + taken.getLocalPort());
        }
    }

    @Test
    void missingPortalIsAClearError() {
        try (SimulatedPortals portals = SimulatedPortals.builder().clearPortals().with(EchoPortal.class, EchoPortal::new)
                .without(EchoPortal.class).start()) {
            assertThat(portals.find(EchoPortal.class)).isEmpty();
            assertThatThrownBy(() -> portals.portal(EchoPortal.class))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("EchoPortal");
        }
    }

    @Test
    void portOfAnUnregisteredPortalIsRefused() {
        assertThatThrownBy(() -> SimulatedPortals.builder().clearPortals().port(OtherPortal.class, 8080))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SimulatedPortals.builder().clearPortals().with(EchoPortal.class, EchoPortal::new)
                .port(EchoPortal.class, 70_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
