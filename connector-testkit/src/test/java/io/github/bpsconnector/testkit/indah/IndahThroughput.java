package io.github.bpsconnector.testkit.indah;

import io.github.bpsconnector.testkit.SimClock;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * Measures simple authenticated GETs against the simulated INDAH on loopback: several threads, each looping
 * {@code GET <path>} with a bearer token over HttpClient 5 (keep-alive pool), a warm-up, then a timed run.
 *
 * <pre>
 * mvn -B -ntp -o -pl connector-testkit -am test -Dtest=IndahThroughputTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dthroughput.threads=4 -Dthroughput.warmup=25 -Dthroughput.seconds=20
 * </pre>
 * The figure is printed and written to {@code connector-testkit/target/indah-throughput.txt}.
 */
public final class IndahThroughput {

    /**
     * The outcome of a run.
     *
     * @param requests requests answered 200 during the timed run
     * @param errors requests that failed or answered something else
     * @param seconds length of the timed run
     * @param threads client threads
     * @param p50Micros median latency
     * @param p99Micros 99th percentile latency
     * @param processCpuMicrosPerRequest CPU time of this whole JVM (client and, in-process, server) per request
     * @param serverCpuMicrosPerRequest CPU time of the simulator's Jetty threads per request (0 if not in-process)
     */
    public record Result(long requests, long errors, double seconds, int threads, long p50Micros, long p99Micros,
            double processCpuMicrosPerRequest, double serverCpuMicrosPerRequest) {

        /** @return successful requests per second */
        public double perSecond() {
            return requests / seconds;
        }

        /**
         * @return requests per second the simulator alone could serve with every core of the machine: a fair
         *     figure when other processes (or the load generator) share the machine; 0 if unknown
         */
        public double serverCapacityPerSecond() {
            return serverCpuMicrosPerRequest == 0 ? 0
                    : Runtime.getRuntime().availableProcessors() * 1e6 / serverCpuMicrosPerRequest;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,.0f requests/s (%d threads, %d requests in %.1f s, %d errors, "
                    + "p50 %.2f ms, p99 %.2f ms; CPU per request: %.0f µs in all, %.0f µs in the simulator, "
                    + "which alone could serve %,.0f requests/s on %d cores)", perSecond(), threads, requests,
                    seconds, errors, p50Micros / 1000.0, p99Micros / 1000.0, processCpuMicrosPerRequest,
                    serverCpuMicrosPerRequest, serverCapacityPerSecond(), Runtime.getRuntime().availableProcessors());
        }
    }

    private IndahThroughput() {
    }

    /**
     * Starts a simulated INDAH, logs in the demo Walidata and measures {@code GET /api/account}.
     *
     * @param threads client threads
     * @param warmup warm-up length (not counted)
     * @param measured timed run length
     * @return the result
     * @throws Exception if the run fails
     */
    public static Result measureFreshIndah(int threads, Duration warmup, Duration measured) throws Exception {
        try (SimulatedIndah indah = new SimulatedIndah(new SimClock(), 0)) {
            indah.start();
            indah.tokenLifetime(Duration.ofDays(1));
            String token = indah.issueToken(IndahDemoData.WALIDATA_USERNAME);
            return measure(indah.baseUrl(), token, "/api/account", threads, warmup, measured);
        }
    }

    /**
     * Measures GETs against any running simulator (e.g. the standalone server).
     *
     * @param baseUrl the simulator's base URL
     * @param token a bearer token
     * @param path the path to GET
     * @param threads client threads
     * @param warmup warm-up length
     * @param measured timed run length
     * @return the result
     * @throws Exception if the run fails
     */
    public static Result measure(String baseUrl, String token, String path, int threads, Duration warmup,
            Duration measured) throws Exception {
        try (CloseableHttpClient client = HttpClients.custom()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableContentCompression()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(threads)
                        .setMaxConnPerRoute(threads)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(5))
                                .setSocketTimeout(Timeout.ofSeconds(10))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(10)).build())
                .build()) {
            URI uri = URI.create(baseUrl + path);
            run(client, uri, token, threads, warmup);
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            long serverStart = jettyCpuNanos();
            List<long[]> perThread = run(client, uri, token, threads, measured);
            long cpu = processCpuNanos() - cpuStart;
            long serverCpu = jettyCpuNanos() - serverStart;
            double seconds = (System.nanoTime() - start) / 1e9;
            long errors = perThread.stream().mapToLong(t -> t[0]).sum();
            long[] latencies = perThread.stream().flatMapToLong(t -> Arrays.stream(t, 1, t.length)).sorted()
                    .toArray();
            return new Result(latencies.length, errors, seconds, threads, percentile(latencies, 0.50),
                    percentile(latencies, 0.99), perRequest(cpu, latencies.length),
                    perRequest(serverCpu, latencies.length));
        }
    }

    /** Each thread returns {errors, latency…} in microseconds. */
    private static List<long[]> run(CloseableHttpClient client, URI uri, String token, int threads,
            Duration length) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long deadline = System.nanoTime() + length.toNanos();
            List<Future<long[]>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> loop(client, uri, token, deadline)));
            }
            List<long[]> results = new ArrayList<>();
            for (Future<long[]> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] loop(CloseableHttpClient client, URI uri, String token, long deadline) {
        long[] samples = new long[1 << 16];
        int count = 1;
        long errors = 0;
        while (System.nanoTime() < deadline) {
            HttpGet get = new HttpGet(uri);
            get.addHeader("Authorization", "Bearer " + token);
            long begin = System.nanoTime();
            try {
                int status = client.execute(get, response -> {
                    EntityUtils.consume(response.getEntity());
                    return response.getCode();
                });
                if (status != 200) {
                    errors++;
                    continue;
                }
            } catch (IOException e) {
                errors++;
                continue;
            }
            if (count == samples.length) {
                samples = Arrays.copyOf(samples, samples.length * 2);
            }
            samples[count++] = (System.nanoTime() - begin) / 1000;
        }
        samples[0] = errors;
        return Arrays.copyOf(samples, count);
    }

    private static double perRequest(long nanos, int requests) {
        return requests == 0 ? 0 : nanos / 1000.0 / requests;
    }

    /** CPU time of the Jetty threads ({@code qtp…}) of simulators running in this JVM. */
    private static long jettyCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("qtp")) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long percentile(long[] sorted, double fraction) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * fraction))];
    }

    /**
     * Command line: {@code [threads] [seconds] [warm-up seconds] [baseUrl token path]}; without a base URL a fresh
     * simulated INDAH is started in this JVM.
     *
     * @param args the arguments
     * @throws Exception if the run fails
     */
    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        Duration seconds = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 20);
        Duration warmup = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 10);
        Result result = args.length > 5
                ? measure(args[3], args[4], args[5], threads, warmup, seconds)
                : measureFreshIndah(threads, warmup, seconds);
        System.out.println(result);
    }
}
