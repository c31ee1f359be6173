package io.github.bpsconnector.testkit;

/**
 * Creates one simulated portal (not yet started) for a {@link SimulatedPortals}.
 *
 * @param <T> the portal type
 */
@FunctionalInterface
public interface PortalFactory<T extends SimulatedPortal> {

    /**
     * @param clock the clock shared by all portals of the set
     * @param port the port to listen on, or 0 for a free one
     * @return the new portal, not started
     */
    T create(SimClock clock, int port);
}
