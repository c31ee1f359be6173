package io.github.bpsconnector.benchmarks.jmh;

import io.github.bpsconnector.benchmarks.Fixtures;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.json.MetadataJson;
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

/** Reading (with the canonical-form token check) and writing the canonical JSON of the SKJHI 2018 package. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CanonicalJsonBenchmark {

    private String json;
    private MetadataPackage pkg;

    /** Loads the fixture once. */
    @Setup
    public void setUp() {
        json = Fixtures.text(Fixtures.SKJHI_2018);
        pkg = MetadataJson.readPackage(json);
    }

    /** Canonical JSON text to the model. */
    @Benchmark
    public MetadataPackage readPackage() {
        return MetadataJson.readPackage(json);
    }

    /** The model to canonical JSON text. */
    @Benchmark
    public String writePackage() {
        return MetadataJson.write(pkg);
    }
}
