package io.github.bpsconnector.benchmarks.whole;

import java.lang.management.ManagementFactory;

/**
 * CPU time of this whole process (client and simulator threads alike), which another build on the machine does not
 * inflate the way it inflates wall-clock time. Linux counts it in clock ticks (10 ms): summed over many calls, the
 * ticks fall on them in proportion to their CPU use, so a mean over hundreds of calls is sound, one call's is not.
 */
final class ProcessCpu {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ProcessCpu() {
    }

    /** CPU nanoseconds used by the process so far. */
    static long nanos() {
        return OS.getProcessCpuTime();
    }
}
