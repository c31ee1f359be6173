package io.github.bpsconnector.benchmarks.reliability.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.bpsconnector.core.error.OutcomeUnknownException;
import io.github.bpsconnector.core.error.PortalException;
import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.core.journal.OutcomeStatus;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.romantik.BerkasKind;
import io.github.bpsconnector.romantik.SupportingFiles;
import io.github.bpsconnector.testkit.SimulatedPortals;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chaos through both clients: a seeded mix of operations of the real {@code RomantikClient} (Produsen Data: draft,
 * blocks, Blok IX files, Kirim, detail, list; Walidata: approve or reject, list) and {@code IndahClient} (MS-Keg
 * create, update, submit; MS-Var and MS-Ind create; list, get) against the simulators on loopback, with a one-shot
 * fault on 40 % of the kinds of request each operation makes, about a fifth of all requests (see {@link ChaosFaults}).
 *
 * <p>Checks, as it goes: every failure is a {@code PortalException} (anything else escaping is counted and fails
 * the run); an {@code OutcomeUnknownException} carrying a journal intent finds that intent in the client's journal;
 * a write that failed saying it was not sent or was refused left no effect on the simulator; no operation overruns
 * {@link #PER_OPERATION} (a hang). Then a later run (new clients on the same journals, no faults) finishes every
 * step left open, and the end state is checked: the run's own journal has every intent confirmed; each kegiatan is
 * once on each portal (no duplicate natural key) and shows every step (no lost write).
 *
 * <p>{@code -Dchaos.client.operations=N} sets the count (120 in the normal build, 1,000 with {@code -Pchaos}).
 * A {@code 503} may strike a write after it was applied, and a write may be held past the client's response
 * timeout <em>before</em> the portal applies it ({@code -Dchaos.heldWrites}, on by default; {@code false} leaves
 * it out, and a delay on a write then holds only its answer): the clients do not send such a write again until it
 * has settled ({@link ChaosClients#SETTLE_TIME} on the simulated clock, which moves on by each operation's real
 * duration), so the held request cannot make a duplicate (see {@code docs/RELIABILITY.md}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientChaosTest {

    private static final int BATCH = 25;
    private static final Duration PER_OPERATION = Duration.ofSeconds(30);
    private static final int FAULT_PERCENT_PER_ROUTE = 40;
    private static final long SEED = 20261207L;

    private final SplittableRandom random = new SplittableRandom(SEED);
    private final Map<String, Integer> endings = new TreeMap<>();
    private final Map<String, Integer> operationsByName = new TreeMap<>();
    private final List<String> untyped = new ArrayList<>();
    private final List<String> appliedButRefused = new ArrayList<>();
    private final List<String> unknownWithoutClientIntent = new ArrayList<>();
    private SimulatedPortals portals;
    private ChaosClients clients;
    private ChaosFaults faults;
    private ChaosLedger ledger;
    private RomantikChaos romantik;
    private IndahChaos indah;
    private int operations;
    private long requests;
    private long started;
    private Path folder;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        folder = dir;
        portals = ChaosClients.startPortals();
        clients = new ChaosClients(portals, folder);
        faults = new ChaosFaults(random, FAULT_PERCENT_PER_ROUTE,
                Boolean.parseBoolean(System.getProperty("chaos.heldWrites", "true")));
        ledger = new ChaosLedger(folder.resolve("chaos-intents.jsonl"));
        MetadataPackage skjhi = ChaosPackage.template();
        SupportingFiles files = SupportingFiles.of(BerkasKind.KAK, pdf("kak.pdf", "Kerangka Acuan Kerja"))
                .with(BerkasKind.KUESIONER, pdf("kuesioner.pdf", "Kuesioner"));
        romantik = new RomantikChaos(clients, skjhi, files);
        indah = new IndahChaos(clients, skjhi);
        started = System.nanoTime();
    }

    @AfterAll
    void stop() {
        clients.close();
        ledger.close();
        portals.close();
    }

    @TestFactory
    Stream<DynamicTest> chaos() {
        int total = Integer.getInteger("chaos.client.operations", 120);
        Stream<DynamicTest> batches = IntStream.range(0, (total + BATCH - 1) / BATCH).mapToObj(batch ->
                DynamicTest.dynamicTest("operations " + batch * BATCH + "–" + Math.min(total, (batch + 1) * BATCH),
                        () -> {
                            for (int i = batch * BATCH; i < Math.min(total, (batch + 1) * BATCH); i++) {
                                operation(i);
                            }
                        }));
        return Stream.concat(batches, Stream.of(
                DynamicTest.dynamicTest("every failure was typed and said truly whether it was applied",
                        this::checkFailures),
                DynamicTest.dynamicTest("a later run finishes every open intent; nothing lost, nothing twice",
                        this::reconcileAndCheck)));
    }

    private void operation(int n) {
        boolean onRomantik = random.nextBoolean();
        ChaosStep step = onRomantik ? romantik.next(random) : indah.next(random);
        operations++;
        operationsByName.merge(step.name(), 1, Integer::sum);
        faults.arm(step, onRomantik);
        long before = requestCount();
        // an earlier attempt whose outcome was unknown may have applied the write already
        boolean visibleBefore = step.effect().isPresent() && step.effect().get().getAsBoolean();
        String intent = step.write() ? ledger.attempt(step) : null;
        String ending;
        long operationStarted = System.nanoTime();
        try {
            assertTimeoutPreemptively(PER_OPERATION, () -> step.action().run(),
                    () -> "operation " + n + " (" + step.name() + " " + step.naturalKey() + ") hung");
            ending = "confirmed";
            if (intent != null) {
                ledger.confirm(intent);
            }
        } catch (OutcomeUnknownException unknown) {
            ending = "OutcomeUnknownException";
            checkClientIntent(step, unknown);
            ledger.unknown(intent, "outcome unknown");
        } catch (PortalException failure) {
            ending = failure.getClass().getSimpleName() + " " + failure.delivery();
            if (!visibleBefore && step.effect().isPresent() && step.effect().get().getAsBoolean()) {
                appliedButRefused.add("op " + n + " " + step.name() + " '" + step.naturalKey() + "': " + failure);
            }
        } catch (RuntimeException untypedFailure) {
            ending = "untyped " + untypedFailure.getClass().getName();
            untyped.add("op " + n + " " + step.name() + ": " + untypedFailure);
            untypedFailure.printStackTrace();
        } finally {
            faults.disarm(portals.romantik(), portals.indah());
            requests += requestCount() - before;
            // the clients' settle time runs on the simulated clock: it moves on no faster than real time
            portals.clock().advance(Duration.ofNanos(System.nanoTime() - operationStarted));
        }
        endings.merge(step.write() ? "write " + ending : "read " + ending, 1, Integer::sum);
    }

    /** An unknown outcome with a journal intent: the client's journal has it, still open. */
    private void checkClientIntent(ChaosStep step, OutcomeUnknownException unknown) {
        Optional<String> intentId = unknown.journalIntentId();
        if (intentId.isEmpty()) {
            unknownWithoutClientIntent.add(step.name());
            return;
        }
        Optional<JournalEntry> entry = step.clientJournal().find(intentId.get());
        assertThat(entry).as("%s: the journal entry of %s", step.name(), unknown).isPresent();
        assertThat(entry.get().isOpen()).as("%s: its intent is open for a resume", step.name()).isTrue();
    }

    private long requestCount() {
        return portals.romantik().counters().total() + portals.indah().counters().total();
    }

    private void checkFailures() {
        printSummary();
        assertThat(untyped).as("failures that were not a PortalException").isEmpty();
        assertThat(appliedButRefused).as("writes applied although their failure said not sent or refused").isEmpty();
        assertThat((long) faults.firedTotal()).as("faulted requests of %d", requests).isGreaterThanOrEqualTo(requests / 5);
        assertThat(operations).isEqualTo(Integer.getInteger("chaos.client.operations", 120));
    }

    private void reconcileAndCheck() {
        // a later run of the same program: new clients (and transports, breakers, sessions) on the same journals,
        // once every held request has landed and the writes left unknown have settled
        clients.close();
        await().atMost(ChaosFaults.DELAY.multipliedBy(2)).until(faults::heldRequestsLetGo);
        portals.clock().advance(ChaosClients.SETTLE_TIME.plusSeconds(1));
        clients = new ChaosClients(portals, folder);
        romantik.use(clients);
        indah.use(clients);
        int steps = 0;
        for (Optional<ChaosStep> next = pending(); next.isPresent(); next = pending()) {
            ChaosStep step = next.get();
            String intent = ledger.attempt(step);
            assertTimeoutPreemptively(PER_OPERATION, () -> step.action().run(), step::name);
            ledger.confirm(intent);
            assertThat(++steps).as("steps to finish the open kegiatan").isLessThan(10 * operations + 10);
        }
        System.out.printf("client chaos, later run: %d steps finished the %d Romantik and %d INDAH kegiatan left "
                + "open%n", steps, romantik.kegiatan().size(), indah.kegiatan().size());
        assertThat(ledger.openIntents()).as("intents still open").isEmpty();
        assertThat(ledger.entries()).as("intents").isNotEmpty().allSatisfy(entry -> assertThat(
                entry.outcome().orElseThrow().status()).as(entry.toString()).isEqualTo(OutcomeStatus.CONFIRMED));
        romantik.verifyEndState();
        indah.verifyEndState();
    }

    private Optional<ChaosStep> pending() {
        return romantik.pending().or(indah::pending);
    }

    private void printSummary() {
        System.out.printf("client chaos: %d operations %s in %.1f s, %d requests, %d faulted (%.1f %%): %s%n"
                        + "  endings %s%n  unknown outcomes without a client journal intent: %s%n"
                        + "  Romantik kegiatan %d, INDAH MS-Keg %d, untyped %d, applied but refused %s%n",
                operations, operationsByName, (System.nanoTime() - started) / 1e9, requests, faults.firedTotal(),
                100.0 * faults.firedTotal() / Math.max(1, requests), faults.firedByKind(), endings,
                unknownWithoutClientIntent, romantik.kegiatan().size(), indah.kegiatan().size(), untyped.size(),
                appliedButRefused);
    }

    private Path pdf(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText(text);
                content.endText();
            }
            document.save(file.toFile());
        }
        return file;
    }
}
