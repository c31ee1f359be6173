package io.github.bpsconnector.benchmarks.whole;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The whole-run harness: the connector's clients against the simulated portals on loopback, printing markdown
 * tables: (a) each operation of {@code RomantikClient} and {@code IndahClient} against a hand-written raw
 * HttpClient 5 + jsoup/Jackson baseline doing the same requests (median and p90, ratio; target ≤ 1.10×); (b) a bulk
 * INDAH report through {@code MetadataReporter} at several concurrencies against the simulator's ceiling for the same
 * creates (target ≥ 80 %); (c) growth from 100 to 10,000 records (time ratio, target 10× records in ≤ 11× time;
 * heap after GC).
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.bpsconnector.benchmarks.whole.WholeRunHarness [--quick]}; {@code --quick} is a smoke run of seconds.
 */
public final class WholeRunHarness {

    private final HarnessSettings settings;
    private final PrintStream out;

    WholeRunHarness(HarnessSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /**
     * Entry point.
     *
     * @param args {@code --quick} for a smoke run
     */
    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        new WholeRunHarness(quick ? HarnessSettings.quick() : HarnessSettings.full(), System.out).run();
    }

    /** Runs the three parts and prints their tables. */
    void run() throws Exception {
        out.printf("# Whole run, %s, %d CPUs, %s %s%n", Instant.now(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        out.println(settings);

        part("## (a) Per operation: connector vs raw HttpClient 5 + jsoup/Jackson");
        List<Comparison> operations = new OperationComparisons(settings.calls(), settings.slowCalls(),
                settings.rounds()).run();
        out.println(Comparison.header());
        operations.forEach(row -> out.println(row.row()));
        loadAfter();

        part("## (b) Bulk INDAH report: MetadataReporter vs the simulator's ceiling for the same creates");
        BulkReport bulk = new BulkReport(settings.variables(), settings.indicators(), settings.bulkRepeats());
        bulk.warmUp(settings.concurrencies().get(0));
        out.println(BulkReport.Row.header());
        for (int concurrency : settings.concurrencies()) {
            out.println(bulk.measure(concurrency).row());
        }
        loadAfter();

        part("## (c) Growth: records reported through MetadataReporter");
        out.print(Growth.table(new Growth(settings.recordsPerPackage(), 4, settings.growthRepeats()).run(settings.growthSizes())));
        loadAfter();
    }

    private void part(String title) {
        out.printf("%n%s%n%nLoad average before: %s%n%n", title, loadAverage());
    }

    private void loadAfter() {
        out.printf("%nLoad average after: %s%n", loadAverage());
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    }
}
