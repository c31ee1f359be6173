package io.github.bpsconnector.testkit.indah;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The simulated INDAH must not be the bottleneck of later benchmarks. By default a short smoke run with a low
 * floor (the build machine is shared); the figure for the README comes from a longer, warmed-up run:
 * {@code -Dthroughput.threads=4 -Dthroughput.warmup=25 -Dthroughput.seconds=20}.
 */
class IndahThroughputTest {

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // only the long measurement run asked for on the command line
    void servesSimpleAuthenticatedGetsQuickly() throws Exception {
        int threads = Integer.getInteger("throughput.threads", 4);
        Duration seconds = Duration.ofSeconds(Integer.getInteger("throughput.seconds", 2));
        Duration warmup = Duration.ofSeconds(Integer.getInteger("throughput.warmup", 1));

        IndahThroughput.Result result = IndahThroughput.measureFreshIndah(threads, warmup, seconds);

        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "indah-throughput.txt"), "GET /api/account: " + result
                + System.lineSeparator(), StandardCharsets.UTF_8);
        System.out.println("Simulated INDAH, GET /api/account: " + result);
        assertThat(result.errors()).isZero();
        // a cold JVM on a busy shared machine is slow; the floor only catches a broken or pathological server
        assertThat(result.perSecond()).isGreaterThan(50);
    }

    @Test
    void resultArithmetic() throws IOException {
        IndahThroughput.Result result = new IndahThroughput.Result(5000, 0, 2.0, 4, 900, 3100, 400, 250);
        assertThat(result.perSecond()).isEqualTo(2500.0);
        assertThat(result.serverCapacityPerSecond())
                .isEqualTo(Runtime.getRuntime().availableProcessors() * 4000.0);
        assertThat(result.toString()).contains("2,500 requests/s", "p50 0.90 ms", "p99 3.10 ms", "400 µs in all",
                "250 µs in the simulator");
    }
}
