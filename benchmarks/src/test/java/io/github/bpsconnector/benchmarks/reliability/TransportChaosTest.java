package io.github.bpsconnector.benchmarks.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.OutcomeUnknownException;
import io.github.bpsconnector.core.error.PortalException;
import io.github.bpsconnector.core.file.FileDownloader;
import io.github.bpsconnector.core.http.BodyKind;
import io.github.bpsconnector.core.http.HttpSettings;
import io.github.bpsconnector.core.http.PortalHttpClient;
import io.github.bpsconnector.core.http.PortalRequest;
import io.github.bpsconnector.core.http.PortalResponse;
import io.github.bpsconnector.core.resilience.ResilienceSettings;
import io.github.bpsconnector.testkit.FaultPlan;
import io.github.bpsconnector.testkit.SimClock;
import io.github.bpsconnector.testkit.indah.IndahDemoData;
import io.github.bpsconnector.testkit.indah.SimulatedIndah;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chaos at the transport: reads, downloads and non-idempotent creates through {@link PortalHttpClient} and
 * {@link FileDownloader} against the simulated INDAH, with a one-shot fault on about a third of the operations
 * (every WireMock {@link Fault} before and after the write is applied, delays past the response timeout, 503,
 * 429 with {@code Retry-After}, token expiry). Checks: every failure is a {@link PortalException}; a create that
 * fails "not sent" or "rejected" left nothing behind, one that fails "outcome unknown" left at most one record and
 * is then reconciled by looking (never by a blind re-send); in the end every intended create exists exactly once
 * (0 lost writes, 0 duplicates); no operation overruns its time limit (0 hangs); no part file is left behind.
 *
 * <p>{@code -Dchaos.operations=N} sets the count (default 60, seconds only; {@code mvn -Pchaos verify} runs 1,000).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransportChaosTest {

    private static final String KEGIATAN = "/sdi/v2/metadata-statistik/kegiatan";
    private static final int BATCH = 50;
    private static final Duration PER_OPERATION = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SimulatedIndah indah = new SimulatedIndah(new SimClock(), 0);
    private final SplittableRandom random = new SplittableRandom(20261124);
    private final Map<String, Ending> intents = new LinkedHashMap<>();
    private final Map<Ending, Integer> endings = new EnumMap<>(Ending.class);
    private final List<String> injected = new ArrayList<>();
    /** Creates refused with a 5xx status although the portal had applied them (see {@link #operation}). */
    private PortalHttpClient client;
    private HttpClientContext context;
    private String token;
    private int operations;
    private int faulted;

    @TempDir
    Path downloads;

    /**
     * How one operation ended: a 2xx answer, another answer handed back by the transport (the caller decides what
     * it means; after a fault that struck after the write was applied it may be applied), or an exception with its
     * {@link Delivery}.
     */
    enum Ending { OK, ERROR_ANSWER, NOT_SENT, REJECTED, OUTCOME_UNKNOWN }

    @BeforeAll
    void start() {
        indah.start();
        indah.tokenLifetime(Duration.ofDays(1));
        token = indah.issueToken(IndahDemoData.WALIDATA_USERNAME);
        client = newClient();
        context = HttpClientContext.create();
    }

    private static PortalHttpClient newClient() {
        return PortalHttpClient.builder("indah")
                .httpSettings(HttpSettings.builder().connectTimeout(Duration.ofSeconds(1))
                        .responseTimeout(Duration.ofSeconds(1)).socketTimeout(Duration.ofSeconds(1)).build())
                .resilienceSettings(ResilienceSettings.builder().backoff(Duration.ofMillis(5), 2.0,
                                Duration.ofMillis(50)).rateLimit(10_000, Duration.ofSeconds(1), Duration.ofSeconds(5))
                        // the breaker still opens under the chaos, but closes again soon enough for the run to go on
                        .circuitBreaker(5, 10, Duration.ofMillis(300), 1)
                        .build())
                .build();
    }

    @AfterAll
    void stop() {
        client.close();
        indah.close();
    }

    @TestFactory
    Stream<DynamicTest> chaos() {
        int total = Integer.getInteger("chaos.operations", 60);
        Stream<DynamicTest> batches = IntStream.range(0, (total + BATCH - 1) / BATCH).mapToObj(batch ->
                DynamicTest.dynamicTest("operations " + batch * BATCH + "–" + Math.min(total, (batch + 1) * BATCH),
                        () -> {
                            for (int i = batch * BATCH; i < Math.min(total, (batch + 1) * BATCH); i++) {
                                int n = i;
                                assertTimeoutPreemptively(PER_OPERATION, () -> operation(n), () -> "operation " + n);
                            }
                        }));
        return Stream.concat(batches, Stream.of(
                DynamicTest.dynamicTest("every intended create exists exactly once", this::reconcileAndCheck)));
    }

    private void operation(int n) throws IOException {
        operations++;
        int kind = random.nextInt(4);
        String method = kind == 2 ? "POST" : "GET";
        String path = switch (kind) {
            case 0 -> "/api/account";
            case 1 -> KEGIATAN;
            case 2 -> KEGIATAN;
            default -> "/api/standar-data-statistik-nasional";
        };
        String fault = "no fault";
        if (random.nextInt(100) < 33) {
            faulted++;
            fault = injectOne(indah.faults().on(method, path).times(1));
            injected.add(fault);
        }
        Ending ending;
        try {
            ending = switch (kind) {
                case 0 -> read("/api/account");
                case 1 -> read(KEGIATAN + "?page=0&size=5");
                case 2 -> create("Survei Chaos " + n);
                default -> download();
            };
        } catch (PortalException typed) {
            ending = Ending.valueOf(typed.delivery().name());
            if (typed instanceof OutcomeUnknownException) {
                assertThat(typed.delivery()).isEqualTo(Delivery.OUTCOME_UNKNOWN);
            }
        } finally {
            indah.faults().clear();
        }
        endings.merge(ending, 1, Integer::sum);
        if (kind == 2) {
            String title = "Survei Chaos " + n;
            long count = count(title);
            switch (ending) {
                case OK -> assertThat(count).as("%s confirmed (%s)", title, fault).isEqualTo(1);
                // a 5xx after the write was applied is OUTCOME_UNKNOWN (core's DeliveryClassifier): REJECTED means
                // the portal did not apply it
                case NOT_SENT, REJECTED -> assertThat(count).as("%s failed %s (%s)", title, ending, fault).isZero();
                case OUTCOME_UNKNOWN, ERROR_ANSWER -> assertThat(count).as("%s %s (%s)", title, ending, fault)
                        .isBetween(0L, 1L);
            }
            intents.put(title, ending);
        }
        try (Stream<Path> left = Files.list(downloads)) {
            assertThat(left.filter(p -> p.getFileName().toString().endsWith(".part"))).as("part files").isEmpty();
        }
    }

    /**
     * Adds one fault of a kind picked at random and says which. A 429 and an expired token are answered before the
     * request is handled, as a portal does; every other kind strikes before or after the write is applied.
     */
    private String injectOne(FaultPlan.RuleBuilder rule) {
        Fault[] faults = Fault.values();
        int pick = random.nextInt(faults.length + 4);
        boolean after = pick < faults.length + 2 && random.nextBoolean();
        if (after) {
            rule.after();
        } else {
            rule.before();
        }
        String timing = after ? " after" : " before";
        if (pick < faults.length) {
            rule.fault(faults[pick]);
            return faults[pick] + timing;
        }
        return switch (pick - faults.length) {
            case 0 -> {
                rule.delay(Duration.ofMillis(2500));
                yield "delay 2.5 s" + timing;
            }
            case 1 -> {
                rule.status(503);
                yield "503" + timing;
            }
            case 2 -> {
                rule.rateLimited(Duration.ofSeconds(1));
                yield "429 Retry-After 1" + timing;
            }
            default -> {
                rule.sessionExpiry();
                yield "token expiry" + timing;
            }
        };
    }

    private Ending read(String path) {
        return answered(client.send(PortalRequest.get(uri(path)).header("Authorization", "Bearer " + token)
                .operation("baca").expect(BodyKind.JSON).build(), context));
    }

    private Ending create(String title) throws IOException {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.putNull("base_id");
        envelope.put("submission_period", 2026);
        ObjectNode data = envelope.putObject("data").put("judul_kegiatan", title).put("tahun", 2026)
                .put("jenis_statistik", "STATISTIK_SEKTORAL").put("cara_pengumpulan_data", "SURVEI");
        data.putObject("blok_i").put("instansi_penyelanggara", "Dinas Kesehatan Kabupaten Jember");
        envelope.putArray("reviews");
        envelope.putArray("changes");
        envelope.put("status", "DRAFT");
        envelope.putObject("produsen_data").put("id", IndahDemoData.DINKES_JEMBER);
        return answered(client.send(PortalRequest.post(uri(KEGIATAN)).header("Authorization", "Bearer " + token)
                .json(JSON.writeValueAsString(envelope)).operation("kegiatan.buat").expect(BodyKind.JSON).build(),
                context));
    }

    private Ending download() {
        FileDownloader.builder(client.exchange(context, "sdsn.unduh")).build()
                .download(ErrorContext.of("indah", "sdsn.unduh"), uri("/api/standar-data-statistik-nasional"),
                        downloads);
        return Ending.OK;
    }

    /** An answer that is not 2xx is a result too; a dead token is renewed as a client's re-login would. */
    private Ending answered(PortalResponse response) {
        if (response.status() == 401) {
            token = indah.issueToken(IndahDemoData.WALIDATA_USERNAME);
            return Ending.ERROR_ANSWER;
        }
        return response.isSuccess() ? Ending.OK : Ending.ERROR_ANSWER;
    }

    private void reconcileAndCheck() throws IOException {
        indah.faults().clear();
        // a later run: a fresh transport, whose circuit breaker has not seen the chaos
        client.close();
        client = newClient();
        for (Map.Entry<String, Ending> intent : intents.entrySet()) {
            if (count(intent.getKey()) == 0) {
                assertThat(create(intent.getKey())).isEqualTo(Ending.OK);
            }
        }
        System.out.printf("transport chaos: %d operations, %d with a fault (%.0f %%), endings %s, %d creates%n",
                operations, faulted, 100.0 * faulted / operations, endings, intents.size());
        assertThat(intents.keySet()).allSatisfy(title -> assertThat(count(title)).as(title).isEqualTo(1));
        assertThat(indah.duplicateNaturalKeys()).isEmpty();
        assertThat(faulted).isGreaterThanOrEqualTo(operations / 5);
        assertThat(injected).isNotEmpty();
    }

    private long count(String title) {
        return indah.countKegiatan(title, 2026, IndahDemoData.DINKES_JEMBER);
    }

    private URI uri(String path) {
        return URI.create(indah.baseUrl() + path);
    }
}
