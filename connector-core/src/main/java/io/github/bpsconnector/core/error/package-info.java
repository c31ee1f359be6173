/**
 * The connector's exceptions: one unchecked root, {@link io.github.bpsconnector.core.error.PortalException}, and a
 * subtype for each way a portal call can end badly. Local metadata validation failures are
 * {@code MetadataValidationException} in connector-metadata, also a subtype of the root.
 */
package io.github.bpsconnector.core.error;
