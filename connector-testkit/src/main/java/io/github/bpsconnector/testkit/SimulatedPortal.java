package io.github.bpsconnector.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The base of a simulated portal: an embedded WireMock server on 127.0.0.1 with one catch-all stub whose
 * transformer hands every request to this portal's {@link Router}, holding real state in Java. The base adds,
 * for every portal, the {@link FaultPlan}, the {@link RequestCounters}, the {@link RateLimit} and the
 * {@code /__sim} controls (clock, faults, counters, rate limit, natural keys); a portal adds its routes
 * ({@link #defineRoutes(Router)}), its own controls ({@link #defineControls(Router)}), its session expiry and its
 * error pages.
 *
 * <p>Lifecycle: construct, {@link #start()}, use {@link #baseUrl()}, {@link #close()}.
 */
public abstract class SimulatedPortal implements AutoCloseable {

    /** The path prefix of the simulator's own controls; never part of the portal. */
    public static final String CONTROL_PREFIX = "/__sim";

    /** Jetty threads: enough for a few thousand small requests per second on 2 cores, few enough to stay light. */
    static final int JETTY_THREADS = 16;

    /** How long stopping waits for open connections, so tests and Ctrl+C end quickly. */
    static final long STOP_TIMEOUT_MILLIS = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedPortal.class);

    private final String name;
    private final SimClock clock;
    private final int requestedPort;
    private final FaultPlan faults = new FaultPlan();
    private final RequestCounters counters = new RequestCounters();
    private final RateLimit rateLimit = new RateLimit();
    private final Router routes = new Router();
    private final Router controls = new Router();
    private volatile WireMockServer server;
    private boolean started;

    /**
     * @param name the portal's short name, e.g. {@code indah}
     * @param clock the simulated clock
     * @param port the port to listen on, or 0 for a free one
     */
    protected SimulatedPortal(String name, SimClock clock, int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("Not a port: " + port);
        }
        this.name = Objects.requireNonNull(name, "name");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.requestedPort = port;
    }

    /**
     * Declares the portal's routes. Called once, by {@link #start()}.
     *
     * @param router where to add them
     */
    protected abstract void defineRoutes(Router router);

    /**
     * Declares the portal's own {@code /__sim} controls; patterns are relative to {@link #CONTROL_PREFIX} (e.g.
     * {@code /accounts} serves {@code /__sim/accounts}). Called once, by {@link #start()}, after the common ones.
     *
     * @param router where to add them
     */
    protected void defineControls(Router router) {
    }

    /**
     * Invalidates the caller's session or token (a fault plan's session expiry) and answers as the portal does
     * to an expired session: INDAH a {@code 401}, Romantik a redirect to its login page.
     *
     * @param request the struck request
     * @return the portal's "session expired" answer
     */
    protected abstract SimResponse expireSession(SimRequest request);

    /**
     * @param request a request that matched no route
     * @return the portal's "not found" answer; JSON by default
     */
    protected SimResponse notFound(SimRequest request) {
        return SimResponse.json(404, Map.of("status", 404, "title", "Not Found", "detail", request.path()));
    }

    /**
     * @param request a request whose path exists under another method
     * @return the portal's "method not allowed" answer; JSON by default
     */
    protected SimResponse methodNotAllowed(SimRequest request) {
        return SimResponse.json(405, Map.of("status", 405, "title", "Method Not Allowed",
                "detail", request.method() + " " + request.path()));
    }

    /**
     * @param request a request over the rate limit or struck by a rate-limit fault
     * @param retryAfterSeconds the wait to announce
     * @return the portal's {@code 429} answer with {@code Retry-After}; JSON by default
     */
    protected SimResponse tooManyRequests(SimRequest request, long retryAfterSeconds) {
        return SimResponse.json(429, Map.of("status", 429, "title", "Too Many Requests"))
                .withHeader("Retry-After", Long.toString(retryAfterSeconds));
    }

    /**
     * Counts of the portal's records per natural key (e.g. an MS-Keg's title, period and producer), so that a
     * test can prove "no duplicates". Empty unless the portal overrides it.
     *
     * @return count per natural key
     */
    public Map<String, Long> naturalKeyCounts() {
        return Map.of();
    }

    /** @return the natural keys held by more than one record, with their counts */
    public final Map<String, Long> duplicateNaturalKeys() {
        Map<String, Long> duplicates = new TreeMap<>();
        naturalKeyCounts().forEach((key, count) -> {
            if (count > 1) {
                duplicates.put(key, count);
            }
        });
        return duplicates;
    }

    /**
     * Lines that describe the running portal for a person (the standalone server prints them), e.g. its seeded
     * accounts.
     *
     * @return the lines; none by default
     */
    public List<String> summaryLines() {
        return List.of();
    }

    /**
     * Starts the server and declares the routes and controls.
     *
     * @throws IllegalStateException if already started, or the port is taken
     */
    public final synchronized void start() {
        if (started) {
            throw new IllegalStateException("Simulated " + name + " was already started");
        }
        started = true;
        defineRoutes(routes);
        KernelControls.register(controls, this);
        defineControls(controls);
        WireMockConfiguration config = WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .containerThreads(JETTY_THREADS)
                .jettyStopTimeout(STOP_TIMEOUT_MILLIS)
                .disableRequestJournal()
                .stubRequestLoggingDisabled(true)
                .templatingEnabled(false)
                .gzipDisabled(true)
                .notifier(new QuietNotifier())
                .extensions(new DispatchTransformer(this));
        if (requestedPort == 0) {
            config.dynamicPort();
        } else {
            config.port(requestedPort);
        }
        WireMockServer candidate = new WireMockServer(config);
        try {
            candidate.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot start simulated " + name + " on 127.0.0.1:"
                    + (requestedPort == 0 ? "(free port)" : requestedPort) + ": " + e.getMessage(), e);
        }
        candidate.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(DispatchTransformer.NAME)));
        server = candidate;
        LOG.debug("Simulated {} listening on {}", name, baseUrl());
    }

    /** @return whether the server is running */
    public final boolean isRunning() {
        WireMockServer current = server;
        return current != null && current.isRunning();
    }

    /** Stops the server; safe to call twice. */
    @Override
    public final synchronized void close() {
        WireMockServer current = server;
        server = null;
        if (current != null) {
            current.stop();
        }
    }

    /** @return the portal's short name, e.g. {@code indah} */
    public final String name() {
        return name;
    }

    /**
     * @return the port the server listens on
     * @throws IllegalStateException if not running
     */
    public final int port() {
        WireMockServer current = server;
        if (current == null) {
            throw new IllegalStateException("Simulated " + name + " is not running");
        }
        return current.port();
    }

    /** @return {@code http://127.0.0.1:<port>}, without a trailing slash */
    public final String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** @return the simulated clock */
    public final SimClock clock() {
        return clock;
    }

    /** @return the faults to inject into coming requests */
    public final FaultPlan faults() {
        return faults;
    }

    /** @return the request counters */
    public final RequestCounters counters() {
        return counters;
    }

    /** @return the request limit (off by default) */
    public final RateLimit rateLimit() {
        return rateLimit;
    }

    /** @return the portal's routes as {@code "METHOD pattern"} */
    public final List<String> routes() {
        return routes.describe();
    }

    /** @return the portal's controls as {@code "METHOD /__sim…"} */
    public final List<String> controls() {
        return controls.describe().stream()
                .map(key -> key.replaceFirst(" ", " " + CONTROL_PREFIX).replaceFirst("(\\S)/$", "$1"))
                .toList();
    }

    /** Answers one request: a control, or a portal request through rate limit, fault plan and router. */
    final SimResponse dispatch(SimRequest request) {
        String path = request.path();
        if (path.equals(CONTROL_PREFIX) || path.startsWith(CONTROL_PREFIX + "/")) {
            String relative = path.length() == CONTROL_PREFIX.length() ? "/" : path.substring(CONTROL_PREFIX.length());
            return route(request, controls.lookup(request.method(), relative));
        }
        Router.Lookup lookup = routes.lookup(request.method(), path);
        counters.record(request.method(),
                lookup.match().map(match -> match.route().pattern).orElse(RequestCounters.UNMATCHED));
        OptionalLong wait = rateLimit.acquire();
        if (wait.isPresent()) {
            return tooManyRequests(request, wait.getAsLong());
        }
        FaultRule rule = faults.strike(request.method(), path).orElse(null);
        if (rule == null) {
            return route(request, lookup);
        }
        LOG.debug("Simulated {}: {} strikes {} {}", name, rule, request.method(), path);
        FaultAction action = rule.action();
        if (rule.timing() == FaultTiming.BEFORE) {
            if (action instanceof FaultAction.Delay delay) {
                pause(delay.delay());
                return route(request, lookup);
            }
            return faultAnswer(request, action);
        }
        SimResponse applied = route(request, lookup);
        if (action instanceof FaultAction.Delay delay) {
            return applied.withDelay(delay.delay());
        }
        return faultAnswer(request, action);
    }

    private SimResponse route(SimRequest request, Router.Lookup lookup) {
        try {
            if (lookup.match().isPresent()) {
                Router.Match match = lookup.match().get();
                return match.route().handler.handle(request.withPathParams(match.pathParams()));
            }
            return lookup.pathKnownForOtherMethod() ? methodNotAllowed(request) : notFound(request);
        } catch (SimResponseException e) {
            return e.response();
        } catch (RuntimeException e) {
            LOG.warn("Simulated {} failed on {} {}", name, request.method(), request.path(), e);
            return SimResponse.json(500, Map.of("status", 500, "title", "Internal Server Error",
                    "detail", "The simulated portal failed: " + e.getClass().getSimpleName()));
        }
    }

    private SimResponse faultAnswer(SimRequest request, FaultAction action) {
        if (action instanceof FaultAction.ConnectionFault connection) {
            return SimResponse.fault(connection.fault());
        }
        if (action instanceof FaultAction.Status status) {
            return status.toResponse();
        }
        if (action instanceof FaultAction.RateLimited limited) {
            return tooManyRequests(request, limited.retryAfter().toSeconds());
        }
        try {
            return expireSession(request);
        } catch (SimResponseException e) {
            return e.response();
        }
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        WireMockServer current = server;
        return "Simulated " + name + (current == null ? " (stopped)" : " at http://127.0.0.1:" + current.port());
    }
}
