/**
 * The testkit's portal-neutral kernel: a {@link io.github.bpsconnector.testkit.SimulatedPortal} base on an
 * embedded WireMock 3 server with a Java {@link io.github.bpsconnector.testkit.Router}, the shared
 * {@link io.github.bpsconnector.testkit.SimClock}, the {@link io.github.bpsconnector.testkit.FaultPlan}, request
 * counters, the {@code /__sim} controls, the {@link io.github.bpsconnector.testkit.SimulatedPortals} factory and
 * its JUnit 5 extension.
 */
package io.github.bpsconnector.testkit;
