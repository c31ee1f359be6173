package io.github.bpsconnector.benchmarks.whole;

/** One operation by one side of a comparison; its result is checked and then cleaned up, untimed. */
@FunctionalInterface
interface Call {

    /** Runs the operation; returns what it read (never {@code null}). */
    Object run() throws Exception;

    /** Removes what {@link #run()} left behind (a downloaded file), after the clock has stopped. */
    default void cleanUp(Object result) throws Exception {
    }
}
