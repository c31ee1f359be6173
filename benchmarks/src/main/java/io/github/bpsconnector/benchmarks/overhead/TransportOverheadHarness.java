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
 * and the overhead ratio.
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
            System.out.println("| operation | raw HttpClient 5 median (µs) | connector median (µs) | ratio |");
            System.out.println("|---|---|---|---|");
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
        time(raw, perRound);
        time(connector, perRound);
        long[] rawTimes = new long[0];
        long[] connectorTimes = new long[0];
        for (int round = 0; round < rounds; round++) {
            rawTimes = concat(rawTimes, time(raw, perRound));
            connectorTimes = concat(connectorTimes, time(connector, perRound));
        }
        double rawMedian = median(rawTimes) / 1000.0;
        double connectorMedian = median(connectorTimes) / 1000.0;
        System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.2f× |%n", name, rawMedian, connectorMedian,
                connectorMedian / rawMedian);
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
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
