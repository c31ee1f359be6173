package io.github.bpsconnector.benchmarks.whole;

import io.github.bpsconnector.benchmarks.scene.IndahScene;
import io.github.bpsconnector.benchmarks.scene.SkjhiPackages;
import io.github.bpsconnector.indah.IndahAccount;
import io.github.bpsconnector.indah.IndahClient;
import io.github.bpsconnector.indah.report.ItemOutcome;
import io.github.bpsconnector.indah.report.ReportItem;
import io.github.bpsconnector.indah.report.ReportResult;
import io.github.bpsconnector.metadata.MetadataPackage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Part (b) of the whole run: one package of 1 MS-Keg with many MS-Var and MS-Ind reported through
 * {@code MetadataReporter} at a given concurrency, against the simulator's ceiling for the same creates
 * ({@link CreateLoad}). Every measurement has a fresh simulator; the two sides take turns, and the best of the
 * repeats of each side (the run least disturbed by the machine's other work) is compared; every run is listed.
 */
final class BulkReport {

    /** The target: the reporter reaches at least 80 % of the ceiling. */
    static final double TARGET_SHARE = 0.80;

    private final int variables;
    private final int indicators;
    private final int repeats;

    /** One concurrency's figures. */
    /** One timed run: wall-clock and process CPU nanoseconds. */
    record Run(long nanos, long cpuNanos) {
    }

    record Row(int concurrency, int records, double[] reporterRuns, double[] ceilingRuns, double reporterCpu,
            double ceilingCpu) {

        double reporterPerSecond() {
            return Arrays.stream(reporterRuns).max().orElseThrow();
        }

        double ceilingPerSecond() {
            return Arrays.stream(ceilingRuns).max().orElseThrow();
        }

        double share() {
            return reporterPerSecond() / ceilingPerSecond();
        }

        static String header() {
            return "| concurrency | records | MetadataReporter, best (records/s) | raw ceiling, best (records/s) "
                    + "| % of ceiling | ≥ 80 % | MetadataReporter runs | ceiling runs "
                    + "| CPU per record, reporter / ceiling (µs) | % of ceiling by CPU |\n"
                    + "|---|---|---|---|---|---|---|---|---|---|";
        }

        String row() {
            String cpuShare = reporterCpu > 0 ? String.format(Locale.ROOT, "%.0f %%", 100 * ceilingCpu / reporterCpu)
                    : "-";
            return String.format(Locale.ROOT, "| %d | %d | %.0f | %.0f | %.0f %% | %s | %s | %s | %.0f / %.0f "
                    + "| %s |", concurrency, records, reporterPerSecond(), ceilingPerSecond(), 100 * share(),
                    share() >= TARGET_SHARE ? "yes" : "no", runs(reporterRuns), runs(ceilingRuns), reporterCpu,
                    ceilingCpu, cpuShare);
        }

        private static String runs(double[] values) {
            return String.join(", ", Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.0f", v))
                    .toList());
        }
    }

    BulkReport(int variables, int indicators, int repeats) {
        this.variables = variables;
        this.indicators = indicators;
        this.repeats = repeats;
    }

    /** Warms both sides up on a smaller package, untimed. */
    void warmUp(int concurrency) throws Exception {
        MetadataPackage small = SkjhiPackages.withChildren("Survei Kepuasan Jamaah Haji Indonesia Pemanasan",
                Math.max(2, variables / 5),
                Math.max(8, indicators / 5));
        reporterRun(small, concurrency);
        ceilingRun(small, concurrency);
    }

    /** Measures one concurrency. */
    Row measure(int concurrency) throws Exception {
        MetadataPackage pkg = SkjhiPackages.withChildren("Survei Kepuasan Jamaah Haji Indonesia Laporan Besar",
                variables, indicators);
        int records = 1 + variables + indicators;
        Run[] reporter = new Run[repeats];
        Run[] ceiling = new Run[repeats];
        Turns.take(repeats, i -> ceiling[i] = ceilingRun(pkg, concurrency),
                i -> reporter[i] = reporterRun(pkg, concurrency));
        return new Row(concurrency, records, perSecond(records, reporter), perSecond(records, ceiling),
                cpuMicrosPerRecord(records, reporter), cpuMicrosPerRecord(records, ceiling));
    }

    private static Run reporterRun(MetadataPackage pkg, int concurrency) {
        try (IndahScene scene = IndahScene.start(); IndahClient client = scene.walidataClient().build()) {
            client.authenticate();
            var reporter = scene.reporter(client).concurrency(concurrency).build();
            long cpu = ProcessCpu.nanos();
            long start = System.nanoTime();
            ReportResult result = reporter.report(List.of(new ReportItem(IndahScene.DINKES, SkjhiPackages.PERIOD,
                    pkg)));
            Run run = new Run(System.nanoTime() - start, ProcessCpu.nanos() - cpu);
            requireAll(scene, result, 1 + pkg.variables().size() + pkg.indicators().size());
            return run;
        }
    }

    private static Run ceilingRun(MetadataPackage pkg, int concurrency) throws Exception {
        try (IndahScene scene = IndahScene.start(); IndahClient client = scene.walidataClient().build()) {
            IndahAccount account = client.authenticate();
            CreateLoad load = CreateLoad.of(scene, account, scene.simulator().issueToken(scene.username()), pkg);
            long cpu = ProcessCpu.nanos();
            long nanos = load.run(concurrency);
            Run run = new Run(nanos, ProcessCpu.nanos() - cpu);
            if (scene.records() != load.records()) {
                throw new IllegalStateException("the ceiling load created " + scene.records() + " records, not "
                        + load.records());
            }
            return run;
        }
    }

    /** Fails unless every package was created and the simulator holds exactly {@code records}. */
    static void requireAll(IndahScene scene, ReportResult result, int records) {
        if (result.count(ItemOutcome.CREATED) != result.items().size()) {
            throw new IllegalStateException("the report failed: " + result.failures());
        }
        if (scene.records() != records) {
            throw new IllegalStateException("INDAH holds " + scene.records() + " records, not " + records);
        }
    }

    private static double[] perSecond(int records, Run[] runs) {
        return Arrays.stream(runs).mapToDouble(run -> records / (run.nanos() / 1e9)).toArray();
    }

    /** The median of the runs' CPU per record, µs. */
    private static double cpuMicrosPerRecord(int records, Run[] runs) {
        double[] sorted = Arrays.stream(runs).mapToDouble(run -> run.cpuNanos() / 1000.0 / records).sorted()
                .toArray();
        return sorted[(sorted.length - 1) / 2];
    }
}
