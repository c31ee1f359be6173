package io.github.bpsconnector.benchmarks.jmh;

import io.github.bpsconnector.benchmarks.Fixtures;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.rules.MetadataValidator;
import io.github.bpsconnector.metadata.rules.ValidationContext;
import io.github.bpsconnector.metadata.rules.ValidationReport;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Validating the SKJHI 2018 package (1 MS-Keg, 2 MS-Var, 8 MS-Ind) with every rule. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PackageValidationBenchmark {

    private MetadataPackage pkg;
    private MetadataValidator validator;
    private ValidationContext context;

    /** Loads the fixture once. */
    @Setup
    public void setUp() {
        pkg = Fixtures.skjhi2018();
        validator = MetadataValidator.defaults();
        context = validator.currentContext().withSubmissionDate(LocalDate.of(2018, 6, 1));
    }

    /** One full validation. */
    @Benchmark
    public ValidationReport validatePackage() {
        return validator.validate(pkg, context);
    }
}
