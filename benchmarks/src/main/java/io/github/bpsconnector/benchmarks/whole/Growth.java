package io.github.bpsconnector.benchmarks.whole;

import io.github.bpsconnector.benchmarks.scene.IndahScene;
import io.github.bpsconnector.benchmarks.scene.SkjhiPackages;
import io.github.bpsconnector.indah.IndahClient;
import io.github.bpsconnector.indah.report.ReportItem;
import io.github.bpsconnector.indah.report.ReportResult;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Part (c) of the whole run: more and more records reported through {@code MetadataReporter} (packages of a fixed
 * size, so ten times the records is ten times the packages), each size on a fresh simulator; the time, and the heap
 * after a full collection at the end while the report's result is still held (the simulator stopped, so that its
 * records do not count; the packages dropped), and how much of it the result holds (the heap again once the result
 * is dropped).
 */
final class Growth {

    /** The target: ten times the records in at most eleven times the time. */
    static final double TARGET_RATIO = 11.0;

    private final int recordsPerPackage;
    private final int concurrency;
    private final int repeats;

    /** One size's figures. */
    record Row(int records, int packages, long nanos, long heapAfterGcBytes, long heldByResultBytes) {

        double seconds() {
            return nanos / 1e9;
        }
    }

    /**
     * @param recordsPerPackage records of each package (1 MS-Keg, the rest MS-Var and MS-Ind)
     * @param concurrency the reporter's concurrency
     * @param repeats runs per size; the fastest is kept (the least disturbed by the machine's other work)
     */
    Growth(int recordsPerPackage, int concurrency, int repeats) {
        this.recordsPerPackage = recordsPerPackage;
        this.concurrency = concurrency;
        this.repeats = repeats;
    }

    /** Measures each size in turn. */
    List<Row> run(List<Integer> sizes) {
        List<Row> rows = new ArrayList<>();
        for (int records : sizes) {
            rows.add(measure(records));
        }
        return rows;
    }

    /** The markdown table of {@code rows}, each size's time compared with the one before. */
    static String table(List<Row> rows) {
        StringBuilder table = new StringBuilder("| records | packages | time, best run (s) | records/s | time ratio to the "
                + "previous size | ≤ 11× | heap after GC (MiB) | held by the result (KiB) |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        Row previous = null;
        for (Row row : rows) {
            String ratio = "-";
            String met = "-";
            if (previous != null) {
                double timeRatio = row.seconds() / previous.seconds();
                double recordRatio = (double) row.records() / previous.records();
                ratio = String.format(Locale.ROOT, "%.2f× (for %.0f× records)", timeRatio, recordRatio);
                met = timeRatio <= TARGET_RATIO * recordRatio / 10 ? "yes" : "no";
            }
            table.append(String.format(Locale.ROOT, "| %d | %d | %.2f | %.0f | %s | %s | %.1f | %.0f |%n",
                    row.records(), row.packages(), row.seconds(), row.records() / row.seconds(), ratio, met,
                    row.heapAfterGcBytes() / 1048576.0, row.heldByResultBytes() / 1024.0));
            previous = row;
        }
        return table.toString();
    }

    private Row measure(int records) {
        int packages = Math.max(1, records / recordsPerPackage);
        long nanos = Long.MAX_VALUE;
        long held = 0;
        long released = 0;
        for (int i = 0; i < repeats; i++) {
            Timed run = report(packages);
            held = heapAfterGc();
            if (run.result().items().size() != packages) {
                throw new IllegalStateException("lost results");
            }
            nanos = Math.min(nanos, run.nanos());
            run = null;
            released = heapAfterGc();
        }
        return new Row(packages * recordsPerPackage, packages, nanos, held, Math.max(0, held - released));
    }

    /** A report and how long it took. */
    private record Timed(ReportResult result, long nanos) {
    }

    /**
     * Reports {@code packages} packages on a fresh simulator. A method of its own so that nothing of the run but
     * its result (not the simulator, the client or the packages) is still reachable when the heap is measured.
     */
    private Timed report(int packages) {
        int children = recordsPerPackage - 1;
        int indicators = Math.max(1, children / 5);
        List<ReportItem> items = new ArrayList<>();
        for (int i = 1; i <= packages; i++) {
            items.add(new ReportItem(IndahScene.DINKES, SkjhiPackages.PERIOD, SkjhiPackages.withChildren(
                    "Survei Kepuasan Jamaah Haji Indonesia Kloter " + i, children - indicators, indicators)));
        }
        try (IndahScene scene = IndahScene.start(); IndahClient client = scene.walidataClient().build()) {
            client.authenticate();
            var reporter = scene.reporter(client).concurrency(concurrency).build();
            long start = System.nanoTime();
            ReportResult result = reporter.report(items);
            long nanos = System.nanoTime() - start;
            BulkReport.requireAll(scene, result, packages * recordsPerPackage);
            return new Timed(result, nanos);
        }
    }

    /** Heap in use after full collections (until it stops shrinking, at most five). */
    static long heapAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }
}
