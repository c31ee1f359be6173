package io.github.bpsconnector.benchmarks.overhead;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The voluntary context switches (a thread blocking: a read, a park) of every thread of this JVM so far, summed from
 * Linux's {@code /proc/self/task/<tid>/status}; -1 where there is no such file. Unlike the involuntary ones they do
 * not grow with the machine's load: a thread woken per request (a timer thread, a pool hand-off) shows here.
 */
final class ContextSwitches {

    private static final Path TASKS = Path.of("/proc/self/task");

    private ContextSwitches() {
    }

    static long ofThisProcess() {
        if (!Files.isDirectory(TASKS)) {
            return -1;
        }
        long sum = 0;
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                sum += ofTask(task.resolve("status"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sum;
    }

    private static long ofTask(Path status) {
        try {
            return Files.readAllLines(status).stream()
                    .filter(line -> line.startsWith("voluntary_ctxt_switches:"))
                    .mapToLong(line -> Long.parseLong(line.substring(line.indexOf(':') + 1).trim()))
                    .sum();
        } catch (IOException e) {
            return 0; // the thread ended while being read
        }
    }
}
