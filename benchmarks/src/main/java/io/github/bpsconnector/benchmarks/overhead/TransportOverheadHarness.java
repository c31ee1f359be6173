package io.github.bpsconnector.benchmarks.overhead;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bpsconnector.core.http.BodyKind;
import io.github.bpsconnector.core.http.PortalHttpClient;
import io.github.bpsconnector.core.http.PortalRequest;
import io.github.bpsconnector.core.http.PortalResponse;
import io.github.bpsconnector.core.resilience.ResilienceSettings;
import io.github.bpsconnector.testkit.SimClock;
import io.github.bpsconnector.testkit.indah.IndahDemoData;
import io.github.bpsconnector.testkit.indah.SimulatedIndah;
import io.github.bpsconnector.testkit.romantik.SimulatedRomantik;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.jsoup.Jsoup;

/**
 * The connector's transport ({@link PortalHttpClient}: resilience policies, rate limiter, bounded bodies,
 * redaction) against a hand-written HttpClient 5 call doing the same request, both followed by the same parse
 * (Jackson for INDAH JSON, jsoup for Romantik HTML), against the simulators on loopback, one request at a time.
 * Rounds alternate between the two so that a change of machine load hits both alike. Prints per-request medians
 * and the overhead ratio, the spread of the ratio between rounds, and per request the CPU time and allocation, which
 * the machine's load disturbs far less than wall time.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.bpsconnector.benchmarks.overhead.TransportOverheadHarness
 * [requestsPerRound=300] [rounds=6]}
 */
public final class TransportOverheadHarness {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TransportOverheadHarness() {
    }

    /** One request and parse, by one side. */
    @FunctionalInterface
    interface Call {
        Object run() throws IOException;
    }

    /**
     * Entry point.
     *
     * @param args optional: requests per round, rounds
     */
    public static void main(String[] args) throws Exception {
        int perRound = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        SimClock clock = new SimClock();
        try (SimulatedIndah indah = new SimulatedIndah(clock, 0);
             SimulatedRomantik romantik = new SimulatedRomantik(clock, 0);
             CloseableHttpClient raw = HttpClients.custom().disableAutomaticRetries().build();
             PortalHttpClient connector = PortalHttpClient.builder("bench")
                     .resilienceSettings(ResilienceSettings.builder()
                             .rateLimit(100_000, Duration.ofSeconds(1), Duration.ofSeconds(5)).build())
                     .build()) {
            indah.start();
            romantik.start();
            indah.tokenLifetime(Duration.ofDays(1));
            romantik.sessionIdleTimeout(Duration.ofDays(1));
            String bearer = "Bearer " + indah.issueToken(IndahDemoData.WALIDATA_USERNAME);
            String cookie = SimulatedRomantik.SESSION_COOKIE + "="
                    + romantik.importSession(SimulatedRomantik.DEMO_PRODUSEN_EMAIL);
            URI account = URI.create(indah.baseUrl() + "/api/account");
            URI list = URI.create(romantik.baseUrl() + "/pengajuan");
            HttpClientContext context = HttpClientContext.create();

            System.out.printf("Load average at start: %.2f%n%n", loadAverage());
            System.out.println("| operation | raw HttpClient 5 median (µs) | connector median (µs) | ratio "
                    + "| ratio per round (min–max) | caller thread CPU µs/req (raw / connector) "
                    + "| process CPU µs/req (raw / connector) | caller allocation B/req (raw / connector) "
                    + "| voluntary context switches/req, all threads (raw / connector) |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            compare("INDAH GET /api/account + Jackson", perRound, rounds,
                    () -> JSON.readTree(rawBody(raw, get(account, "Authorization", bearer))),
                    () -> JSON.readTree(connector.send(PortalRequest.get(account).header("Authorization", bearer)
                            .operation("akun").expect(BodyKind.JSON).build(), context).body()));
            compare("Romantik GET /pengajuan + jsoup", perRound, rounds,
                    () -> Jsoup.parse(new String(rawBody(raw, get(list, "Cookie", cookie)),
                            StandardCharsets.UTF_8), list.toString()),
                    () -> Jsoup.parse(text(connector.send(PortalRequest.get(list).header("Cookie", cookie)
                            .operation("pengajuan.daftar").expect(BodyKind.HTML).build(), context)),
                            list.toString()));
            System.out.printf("%nLoad average at end: %.2f%n", loadAverage());
        }
    }

    private static void compare(String name, int perRound, int rounds, Call raw, Call connector)
            throws IOException {
        Side rawSide = new Side();
        Side connectorSide = new Side();
        rawSide.round(raw, perRound);
        connectorSide.round(connector, perRound);
        rawSide.reset();
        connectorSide.reset();
        double[] roundRatios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            double rawRound = median(rawSide.round(raw, perRound));
            double connectorRound = median(connectorSide.round(connector, perRound));
            roundRatios[round] = connectorRound / rawRound;
        }
        Arrays.sort(roundRatios);
        double rawMedian = median(rawSide.times) / 1000.0;
        double connectorMedian = median(connectorSide.times) / 1000.0;
        System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.2f× | %.2f–%.2f× | %.0f / %.0f | %.0f / %.0f "
                + "| %.0f / %.0f | %.1f / %.1f |%n", name, rawMedian, connectorMedian, connectorMedian / rawMedian,
                roundRatios[0], roundRatios[rounds - 1], rawSide.threadCpuMicros(), connectorSide.threadCpuMicros(),
                rawSide.processCpuMicros(), connectorSide.processCpuMicros(), rawSide.allocatedBytes(),
                connectorSide.allocatedBytes(), rawSide.contextSwitches(), connectorSide.contextSwitches());
    }

    /**
     * What one side cost over its measured rounds: wall time per request, and per request the CPU time of the
     * calling thread, the CPU time of the whole process (the in-process simulator and every helper thread
     * included), the bytes the calling thread allocated and the voluntary context switches of all threads. CPU
     * time, allocation and voluntary switches depend far less on the machine's load than wall time does.
     */
    private static final class Side {
        private static final com.sun.management.ThreadMXBean THREADS =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        private static final com.sun.management.OperatingSystemMXBean OS =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        private long[] times = new long[0];
        private long switches;
        private long threadCpu;
        private long processCpu;
        private long allocated;
        private long requests;

        long[] round(Call call, int count) throws IOException {
            long switches0 = ContextSwitches.ofThisProcess(); // read outside the CPU and allocation window
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long process0 = OS.getProcessCpuTime();
            long allocated0 = THREADS.getCurrentThreadAllocatedBytes();
            long[] nanos = time(call, count);
            allocated += THREADS.getCurrentThreadAllocatedBytes() - allocated0;
            processCpu += OS.getProcessCpuTime() - process0;
            threadCpu += THREADS.getCurrentThreadCpuTime() - cpu0;
            switches += ContextSwitches.ofThisProcess() - switches0;
            requests += count;
            times = concat(times, nanos);
            return nanos;
        }

        void reset() {
            times = new long[0];
            switches = 0;
            threadCpu = 0;
            processCpu = 0;
            allocated = 0;
            requests = 0;
        }

        double threadCpuMicros() {
            return threadCpu / 1000.0 / requests;
        }

        double processCpuMicros() {
            return processCpu / 1000.0 / requests;
        }

        double allocatedBytes() {
            return (double) allocated / requests;
        }

        double contextSwitches() {
            return (double) switches / requests;
        }
    }

    private static long[] time(Call call, int count) throws IOException {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            if (call.run() == null) {
                throw new IllegalStateException("no result");
            }
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static HttpGet get(URI uri, String header, String value) {
        HttpGet get = new HttpGet(uri);
        get.addHeader(header, value);
        return get;
    }

    private static byte[] rawBody(CloseableHttpClient raw, HttpGet get) throws IOException {
        return raw.execute(get, response -> {
            if (response.getCode() != 200) {
                throw new IllegalStateException("HTTP " + response.getCode());
            }
            return EntityUtils.toByteArray(response.getEntity());
        });
    }

    private static String text(PortalResponse response) {
        if (!response.isSuccess()) {
            throw new IllegalStateException("HTTP " + response.status());
        }
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long[] concat(long[] a, long[] b) {
        long[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
