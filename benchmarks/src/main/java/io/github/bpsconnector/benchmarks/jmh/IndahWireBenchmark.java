package io.github.bpsconnector.benchmarks.jmh;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bpsconnector.benchmarks.Fixtures;
import io.github.bpsconnector.indah.IndahProfile;
import io.github.bpsconnector.indah.wire.MsKegWire;
import io.github.bpsconnector.metadata.MsKeg;
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

/** Mapping the SKJHI 2018 MS-Keg to the INDAH wire JSON text and back, with the bundled INDAH profile. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IndahWireBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MsKegWire wire;
    private MsKeg keg;
    private String wireJson;

    /** Loads the fixture and writes its wire form once. */
    @Setup
    public void setUp() throws JsonProcessingException {
        wire = new MsKegWire(IndahProfile.defaults());
        keg = Fixtures.skjhi2018().activity();
        wireJson = toIndahJson();
    }

    /** The model to the JSON text sent to INDAH. */
    @Benchmark
    public String toIndahJson() throws JsonProcessingException {
        return JSON.writeValueAsString(wire.write(keg));
    }

    /** The JSON text INDAH answers with to the model. */
    @Benchmark
    public MsKeg fromIndahJson() throws JsonProcessingException {
        return wire.read(JSON.readTree(wireJson));
    }
}
