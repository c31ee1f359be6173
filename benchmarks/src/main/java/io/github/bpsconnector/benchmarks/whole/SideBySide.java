package io.github.bpsconnector.benchmarks.whole;

import java.util.Arrays;

/**
 * Times an operation done by the raw baseline and by the connector: one warm-up round per side, then rounds that
 * alternate between the two, so that a change of the (shared) machine's load strikes both alike.
 */
final class SideBySide {

    private final int callsPerRound;
    private final int rounds;

    /**
     * @param callsPerRound calls of one side in a row
     * @param rounds measured rounds per side
     */
    SideBySide(int callsPerRound, int rounds) {
        this.callsPerRound = callsPerRound;
        this.rounds = rounds;
    }

    /** Measures both sides of {@code operation}. */
    Comparison compare(String operation, Call raw, Call connector) throws Exception {
        return compare(operation, callsPerRound, raw, connector);
    }

    /** Measures both sides of {@code operation} with its own number of calls per round. */
    Comparison compare(String operation, int calls, Call raw, Call connector) throws Exception {
        time(raw, calls);
        time(connector, calls);
        long[] rawTimes = new long[0];
        long[] connectorTimes = new long[0];
        for (int round = 0; round < rounds; round++) {
            rawTimes = concat(rawTimes, time(raw, calls));
            connectorTimes = concat(connectorTimes, time(connector, calls));
        }
        return new Comparison(operation, new Latencies(rawTimes), new Latencies(connectorTimes));
    }

    private static long[] time(Call call, int count) throws Exception {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            Object result = call.run();
            nanos[i] = System.nanoTime() - start;
            if (result == null) {
                throw new IllegalStateException("an operation returned nothing");
            }
            call.cleanUp(result);
        }
        return nanos;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
