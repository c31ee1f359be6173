package io.github.bpsconnector.benchmarks.whole;

import java.util.Locale;

/**
 * The connector against the raw baseline on one operation.
 *
 * @param operation what was done
 * @param raw the hand-written baseline's times
 * @param connector the connector's times
 */
record Comparison(String operation, Latencies raw, Latencies connector) {

    /** The target: the connector's median at most 10 % above the baseline's. */
    static final double TARGET_RATIO = 1.10;

    /** Connector median / raw median. */
    double medianRatio() {
        return connector.medianMicros() / raw.medianMicros();
    }

    /** Connector p90 / raw p90. */
    double p90Ratio() {
        return connector.p90Micros() / raw.p90Micros();
    }

    /** Connector CPU per call / raw CPU per call (the process's, simulator included). */
    double cpuRatio() {
        return connector.cpuMeanMicros() / raw.cpuMeanMicros();
    }

    /** The header of {@link #row()}. */
    static String header() {
        return "| operation | calls per side | raw median (µs) | raw p90 (µs) | connector median (µs) "
                + "| connector p90 (µs) | ratio median | ratio p90 | ≤ 1.10× | CPU per call raw / connector (µs) "
                + "| CPU ratio |\n|---|---|---|---|---|---|---|---|---|---|---|";
    }

    /** One markdown table row. */
    String row() {
        String cpuRatio = raw.cpuMeanMicros() > 0 ? String.format(Locale.ROOT, "%.2f×", cpuRatio()) : "-";
        return String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %.0f | %.2f× | %.2f× | %s | %.0f / %.0f "
                + "| %s |", operation, raw.count(), raw.medianMicros(), raw.p90Micros(), connector.medianMicros(),
                connector.p90Micros(), medianRatio(), p90Ratio(), medianRatio() <= TARGET_RATIO ? "yes" : "no",
                raw.cpuMeanMicros(), connector.cpuMeanMicros(), cpuRatio);
    }
}
