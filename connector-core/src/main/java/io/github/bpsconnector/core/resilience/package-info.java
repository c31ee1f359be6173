/**
 * Resilience of portal calls with Failsafe: {@link io.github.bpsconnector.core.resilience.ResilienceSettings},
 * {@link io.github.bpsconnector.core.resilience.Resilience} (retry of safe calls, circuit breaker per host, rate
 * limiter, attempt timeout, and the mapping of failures to typed exceptions with their
 * {@link io.github.bpsconnector.core.error.Delivery}), and
 * {@link io.github.bpsconnector.core.resilience.CircuitBreakerRegistry}.
 */
package io.github.bpsconnector.core.resilience;
