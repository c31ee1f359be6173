package io.github.bpsconnector.testkit;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many requests a simulated portal received, per route ({@code "POST /sdi/v2/metadata-statistik/kegiatan"}).
 * Requests that matched no route count under {@code "<METHOD> (unmatched)"}. Control requests under
 * {@code /__sim} are not counted. Every request counts, also those a fault struck. Thread-safe.
 */
public final class RequestCounters {

    /** The pattern under which requests that matched no route are counted. */
    public static final String UNMATCHED = "(unmatched)";

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    void record(String method, String routePattern) {
        counts.computeIfAbsent(method + " " + routePattern, k -> new LongAdder()).increment();
    }

    /**
     * @param method an HTTP method
     * @param routePattern a route pattern exactly as the portal declared it, e.g.
     *     {@code /sdi/v2/metadata-statistik/kegiatan/{id}}
     * @return how many requests reached that route
     */
    public long count(String method, String routePattern) {
        LongAdder adder = counts.get(method + " " + routePattern);
        return adder == null ? 0 : adder.sum();
    }

    /** @return the total of all counts */
    public long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** @return every count by {@code "METHOD pattern"}, sorted */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((key, adder) -> copy.put(key, adder.sum()));
        return copy;
    }

    /** Sets every count back to zero. */
    public void reset() {
        counts.clear();
    }
}
