/**
 * The simulated INDAH (portal-model §1): {@link io.github.bpsconnector.testkit.indah.SimulatedIndah} with its
 * accounts, organisations, metadata records, status machine, reviewer and {@code /__sim} controls.
 */
package io.github.bpsconnector.testkit.indah;
