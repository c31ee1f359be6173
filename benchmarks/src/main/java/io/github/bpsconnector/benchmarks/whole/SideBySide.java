package io.github.bpsconnector.benchmarks.whole;

/**
 * Times an operation done by the raw baseline and by the connector: a warm-up round per side, then the two sides
 * call by call in turn (which one goes first alternates), so that the changing load of a shared machine strikes
 * both alike.
 */
final class SideBySide {

    private final int callsPerRound;
    private final int rounds;

    /**
     * @param callsPerRound calls of one side in the warm-up round, and per measured round
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
        for (int i = 0; i < calls; i++) {
            time(raw);
            time(connector);
        }
        int measured = calls * rounds;
        long[] rawTimes = new long[measured];
        long[] connectorTimes = new long[measured];
        long[] rawCpu = new long[1];
        long[] connectorCpu = new long[1];
        Turns.take(measured, i -> rawTimes[i] = time(raw, rawCpu),
                i -> connectorTimes[i] = time(connector, connectorCpu));
        return new Comparison(operation, new Latencies(rawTimes, rawCpu[0]),
                new Latencies(connectorTimes, connectorCpu[0]));
    }

    private static long time(Call call) throws Exception {
        return time(call, new long[1]);
    }

    /** Times one call; adds the process CPU it used to {@code cpu[0]}. */
    private static long time(Call call, long[] cpu) throws Exception {
        long cpuStart = ProcessCpu.nanos();
        long start = System.nanoTime();
        Object result = call.run();
        long nanos = System.nanoTime() - start;
        cpu[0] += ProcessCpu.nanos() - cpuStart;
        if (result == null) {
            throw new IllegalStateException("an operation returned nothing");
        }
        call.cleanUp(result);
        return nanos;
    }
}
