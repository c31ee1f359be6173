package io.github.bpsconnector.core.resilience;

import dev.failsafe.CircuitBreaker;
import dev.failsafe.TimeoutExceededException;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One circuit breaker per portal host ({@code host[:port]}), made on first use. Share one registry between the
 * clients of the same portal (several accounts of one office) so that they stop calling a portal that is down
 * together. Thread-safe.
 *
 * <p>A breaker counts as failures: transport failures (except TLS certificate problems, which no waiting fixes),
 * attempt timeouts and {@code 5xx} answers. {@code 4xx} answers, {@code 429} included, are the portal working.
 */
public final class CircuitBreakerRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(CircuitBreakerRegistry.class);

    private final ResilienceSettings settings;
    private final Map<String, CircuitBreaker<Object>> breakers = new ConcurrentHashMap<>();

    private CircuitBreakerRegistry(ResilienceSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** A registry whose breakers use the circuit breaker settings of {@code settings}. */
    public static CircuitBreakerRegistry create(ResilienceSettings settings) {
        return new CircuitBreakerRegistry(settings);
    }

    /** The breaker of this host ({@code host} or {@code host:port}, any case). */
    public CircuitBreaker<Object> forHost(String host) {
        return breakers.computeIfAbsent(host.toLowerCase(Locale.ROOT), this::newBreaker);
    }

    private CircuitBreaker<Object> newBreaker(String host) {
        return CircuitBreaker.builder()
                .handleIf(CircuitBreakerRegistry::isPortalFailure)
                .withFailureThreshold(settings.breakerFailureThreshold(), settings.breakerFailureWindow())
                .withDelay(settings.breakerDelay())
                .withSuccessThreshold(settings.breakerSuccessThreshold())
                .onOpen(e -> LOG.warn("circuit of {} opened: calls fail fast for {}", host, settings.breakerDelay()))
                .onHalfOpen(e -> LOG.debug("circuit of {} half-open: trying again", host))
                .onClose(e -> LOG.info("circuit of {} closed", host))
                .build();
    }

    static boolean isPortalFailure(Throwable failure) {
        if (failure instanceof FailureStatusException status) {
            return status.status() >= 500;
        }
        return failure instanceof TimeoutExceededException
                || failure instanceof IOException && !(failure instanceof SSLException);
    }

    @Override
    public String toString() {
        return "CircuitBreakerRegistry" + breakers.keySet();
    }
}
