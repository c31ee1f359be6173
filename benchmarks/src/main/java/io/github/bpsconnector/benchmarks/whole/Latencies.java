package io.github.bpsconnector.benchmarks.whole;

import java.util.Arrays;

/** Times of one operation, in nanoseconds, their quantiles in microseconds, and the process CPU they used. */
final class Latencies {

    private final long[] sorted;
    private final long cpuNanos;

    /**
     * @param nanos the wall-clock time of each call
     * @param cpuNanos the process CPU time all of them used
     */
    Latencies(long[] nanos, long cpuNanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no times");
        }
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
        this.cpuNanos = cpuNanos;
    }

    /** The mean process CPU time per call (client and simulator), µs. */
    double cpuMeanMicros() {
        return cpuNanos / 1000.0 / sorted.length;
    }

    /** How many times were taken. */
    int count() {
        return sorted.length;
    }

    /** The median, µs. */
    double medianMicros() {
        return quantileMicros(0.5);
    }

    /** The 90th percentile, µs. */
    double p90Micros() {
        return quantileMicros(0.9);
    }

    /** The nearest-rank quantile {@code q} (0 to 1), µs. */
    double quantileMicros(double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1000.0;
    }
}
