package io.github.bpsconnector.testkit;

import io.github.bpsconnector.testkit.indah.SimulatedIndah;
import io.github.bpsconnector.testkit.romantik.SimulatedRomantik;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A set of running simulated portals that share one {@link SimClock}: the plain-Java entry point of the testkit
 * (the JUnit extension and the standalone server use it too). Every built-in portal is included by default on a
 * free port; {@link Builder} changes ports, options or the set.
 *
 * <pre>{@code
 * try (SimulatedPortals portals = SimulatedPortals.start()) {
 *     String indah = portals.indah().baseUrl();
 *     ...
 * }
 * }</pre>
 */
public final class SimulatedPortals implements AutoCloseable {

    private final SimClock clock;
    private final Map<Class<? extends SimulatedPortal>, SimulatedPortal> portals;

    private SimulatedPortals(SimClock clock, Map<Class<? extends SimulatedPortal>, SimulatedPortal> portals) {
        this.clock = clock;
        this.portals = portals;
    }

    /** @return the built-in portals, each on a free port, started */
    public static SimulatedPortals start() {
        return builder().start();
    }

    /** @return a builder with every built-in portal registered on a free port */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the clock all portals share */
    public SimClock clock() {
        return clock;
    }

    /**
     * @return the simulated INDAH
     * @throws IllegalStateException if this set was built without it
     */
    public SimulatedIndah indah() {
        return portal(SimulatedIndah.class);
    }

    /**
     * @return the simulated Romantik
     * @throws IllegalStateException if this set was built without it
     */
    public SimulatedRomantik romantik() {
        return portal(SimulatedRomantik.class);
    }

    /**
     * @param type a portal class
     * @param <T> the portal type
     * @return the running portal of that class
     * @throws IllegalStateException if the set has none
     */
    public <T extends SimulatedPortal> T portal(Class<T> type) {
        return find(type).orElseThrow(() -> new IllegalStateException(
                "No " + type.getSimpleName() + " in this set; register it with SimulatedPortals.builder().with(…)"));
    }

    /**
     * @param type a portal class (or a superclass of one)
     * @param <T> the portal type
     * @return the running portal of that class, if the set has one
     */
    public <T extends SimulatedPortal> Optional<T> find(Class<T> type) {
        return portals.values().stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** @return every running portal, in start order */
    public List<SimulatedPortal> all() {
        return List.copyOf(portals.values());
    }

    /** Stops every portal. */
    @Override
    public void close() {
        RuntimeException failure = null;
        for (SimulatedPortal portal : portals.values()) {
            try {
                portal.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public String toString() {
        return "SimulatedPortals" + portals.values();
    }

    /**
     * Chooses the portals, their ports and the clock. Built-in portals are registered by the constructor; a
     * registration is a portal class, a {@link PortalFactory} and a port (0 = free).
     */
    public static final class Builder {

        private final Map<Class<? extends SimulatedPortal>, Registration<?>> registrations = new LinkedHashMap<>();
        private final SimulatedIndah.Options indahOptions = new SimulatedIndah.Options();
        private SimClock clock;

        Builder() {
            // the built-in portals
            with(SimulatedIndah.class, (sharedClock, port) -> new SimulatedIndah(sharedClock, port, indahOptions));
            with(SimulatedRomantik.class, SimulatedRomantik::new);
        }

        /**
         * @param port the port of the simulated INDAH; 0 for a free one
         * @return this builder
         */
        public Builder indahPort(int port) {
            return port(SimulatedIndah.class, port);
        }

        /**
         * @param port the port of the simulated Romantik; 0 for a free one
         * @return this builder
         */
        public Builder romantikPort(int port) {
            return port(SimulatedRomantik.class, port);
        }

        /**
         * @param options changes to the simulated INDAH's starting settings (captcha, token lifetime, …)
         * @return this builder
         */
        public Builder indah(Consumer<SimulatedIndah.Options> options) {
            options.accept(indahOptions);
            return this;
        }

        /**
         * @param sharedClock the clock to share; a new {@link SimClock} at the current time by default
         * @return this builder
         */
        public Builder clock(SimClock sharedClock) {
            this.clock = Objects.requireNonNull(sharedClock, "sharedClock");
            return this;
        }

        /**
         * Registers a portal, or replaces the factory of a registered one (keeping its port).
         *
         * @param type the portal class
         * @param factory how to create it
         * @param <T> the portal type
         * @return this builder
         */
        public <T extends SimulatedPortal> Builder with(Class<T> type, PortalFactory<? extends T> factory) {
            Registration<?> existing = registrations.get(type);
            registrations.put(type, new Registration<>(factory, existing == null ? 0 : existing.port));
            return this;
        }

        /**
         * @param type a registered portal class
         * @param port the port it listens on; 0 for a free one
         * @return this builder
         */
        public Builder port(Class<? extends SimulatedPortal> type, int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("Not a port: " + port);
            }
            Registration<?> existing = registrations.get(type);
            if (existing == null) {
                throw new IllegalStateException(type.getSimpleName() + " is not registered");
            }
            registrations.put(type, new Registration<>(existing.factory, port));
            return this;
        }

        /**
         * Removes every registration, the built-in portals included (for a set of one's own portals).
         *
         * @return this builder
         */
        public Builder clearPortals() {
            registrations.clear();
            return this;
        }

        /**
         * @param type a portal class not to start
         * @return this builder
         */
        public Builder without(Class<? extends SimulatedPortal> type) {
            registrations.remove(type);
            return this;
        }

        /**
         * @param type a portal class
         * @return whether a portal of that class (or a subclass) is registered
         */
        public boolean registers(Class<?> type) {
            return registrations.keySet().stream().anyMatch(type::isAssignableFrom);
        }

        /**
         * Starts every registered portal. If one cannot start, those already started are stopped.
         *
         * @return the running set
         * @throws IllegalStateException if a portal cannot start (e.g. its port is taken)
         */
        public SimulatedPortals start() {
            SimClock shared = clock == null ? new SimClock() : clock;
            Map<Class<? extends SimulatedPortal>, SimulatedPortal> started = new LinkedHashMap<>();
            List<SimulatedPortal> toStop = new ArrayList<>();
            try {
                for (Map.Entry<Class<? extends SimulatedPortal>, Registration<?>> entry : registrations.entrySet()) {
                    SimulatedPortal portal = entry.getValue().factory.create(shared, entry.getValue().port);
                    toStop.add(portal);
                    portal.start();
                    started.put(entry.getKey(), portal);
                }
            } catch (RuntimeException e) {
                toStop.forEach(SimulatedPortal::close);
                throw e;
            }
            return new SimulatedPortals(shared, started);
        }

        private record Registration<T extends SimulatedPortal>(PortalFactory<? extends T> factory, int port) {
        }
    }
}
