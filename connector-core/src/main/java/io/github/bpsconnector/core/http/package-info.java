/**
 * The HTTP transport shared by the portal clients:
 * {@link io.github.bpsconnector.core.http.PortalHttpClient} (pooled HttpClient 5 classic under the resilience of
 * {@code core.resilience}) built from {@link io.github.bpsconnector.core.http.HttpSettings}, requests described by
 * {@link io.github.bpsconnector.core.http.PortalRequest}, answers read under a size cap into
 * {@link io.github.bpsconnector.core.http.PortalResponse}, streaming through
 * {@link io.github.bpsconnector.core.http.HttpExchange}, and one re-login on session expiry with
 * {@link io.github.bpsconnector.core.http.SessionRenewal}.
 */
package io.github.bpsconnector.core.http;
