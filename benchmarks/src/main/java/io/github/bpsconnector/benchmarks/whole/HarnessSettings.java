package io.github.bpsconnector.benchmarks.whole;

import java.util.List;

/**
 * How much the whole run measures.
 *
 * @param calls calls per round and side of the fast operations
 * @param slowCalls calls per round and side of the letter download
 * @param rounds measured rounds per side (after one warm-up round)
 * @param variables MS-Var of the bulk package
 * @param indicators MS-Ind of the bulk package
 * @param bulkRepeats measurements per concurrency and side (the best is kept)
 * @param concurrencies the reporter's concurrencies
 * @param recordsPerPackage records of each package of the growth run
 * @param growthSizes the record counts of the growth run
 * @param growthRepeats runs per size of the growth run (the fastest is kept)
 */
record HarnessSettings(int calls, int slowCalls, int rounds, int variables, int indicators, int bulkRepeats,
        List<Integer> concurrencies, int recordsPerPackage, List<Integer> growthSizes, int growthRepeats) {

    /** The documented run (about three minutes on an idle 2-core machine). */
    static HarnessSettings full() {
        return new HarnessSettings(40, 10, 5, 500, 100, 3, List.of(1, 4, 8), 100, List.of(100, 1_000, 10_000),
                2);
    }

    /** A smoke run of a few seconds: every part, tiny counts. */
    static HarnessSettings quick() {
        return new HarnessSettings(3, 2, 1, 10, 8, 1, List.of(1, 4), 10, List.of(10, 20), 1);
    }
}
