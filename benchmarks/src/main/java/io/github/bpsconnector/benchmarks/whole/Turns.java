package io.github.bpsconnector.benchmarks.whole;

/** Two sides of a measurement, each going first every other time so that neither always runs on a warmer machine. */
final class Turns {

    /** One side's step of turn {@code i}. */
    @FunctionalInterface
    interface Step {
        void run(int i) throws Exception;
    }

    private Turns() {
    }

    /** Runs {@code count} turns of both sides. */
    static void take(int count, Step first, Step second) throws Exception {
        for (int i = 0; i < count; i++) {
            if (i % 2 == 0) {
                first.run(i);
                second.run(i);
            } else {
                second.run(i);
                first.run(i);
            }
        }
    }
}
