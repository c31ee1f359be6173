package io.github.bpsconnector.benchmarks.jmh;

import io.github.bpsconnector.core.file.SafeFileName;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Sanitising untrusted file names, from an ordinary letter name to a hostile one. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SafeFileNameBenchmark {

    /** The kinds of name measured. */
    public enum Kind {
        /** A typical recommendation letter name. */
        PLAIN("Surat Rekomendasi B-123.3500.001 Survei Kepuasan Layanan 2025.pdf"),
        /** Path traversal, reserved characters, a bidi override and a Windows device name. */
        HOSTILE("..\\..//etc/CON.\u202Efdp.exe:*?\"<>|\u0000\r\n   "),
        /** A 600-character Indonesian name that must be cut to 200 UTF-8 bytes keeping its extension. */
        LONG("Rekomendasi Kegiatan Statistik Sektoral Dinas Komunikasi dan Informatika ".repeat(8) + "é.pdf");

        final String name;

        Kind(String name) {
            this.name = name;
        }
    }

    /** Which name. */
    @Param
    public Kind kind;

    /** One sanitisation. */
    @Benchmark
    public Optional<String> sanitize() {
        return SafeFileName.sanitize(kind.name);
    }
}
