package io.github.bpsconnector.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bpsconnector.core.session.MutableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileJournalTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private static final String KIRIM = "romantik.pengajuan.kirim";

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(T0);

    private Path file() {
        return dir.resolve("journal").resolve("bps.jsonl");
    }

    private FileJournal open() {
        return FileJournal.open(file(), clock);
    }

    private static Intent pengajuan(String judul) {
        return Intent.of(KIRIM, "romantik", Intent.naturalKey(judul, "2026", "Dinas Kesehatan"))
                .withAttribute("kakFile", "kak-" + judul + ".pdf");
    }

    private List<String> lines() throws IOException {
        return Files.readAllLines(file(), StandardCharsets.UTF_8);
    }

    @Test
    void beginAttemptAndCompleteSurviveReopening() {
        String id;
        try (FileJournal journal = open()) {
            id = journal.begin(pengajuan("Survei Kepuasan")).intentId();
            clock.advance(Duration.ofSeconds(5));
            journal.recordAttempt(id);
            clock.advance(Duration.ofSeconds(5));
            journal.markUnknown(id, "read timeout after sending");
            clock.advance(Duration.ofSeconds(5));
            journal.recordAttempt(id);
            clock.advance(Duration.ofSeconds(5));
            journal.confirm(id, Map.of("pengajuanId", "123"), "found on the list page");
        }

        try (FileJournal journal = open()) {
            JournalEntry entry = journal.find(id).orElseThrow();
            assertThat(entry.operation()).isEqualTo(KIRIM);
            assertThat(entry.portal()).isEqualTo("romantik");
            assertThat(entry.naturalKey()).isEqualTo("Survei Kepuasan|2026|Dinas Kesehatan");
            assertThat(entry.attributes()).containsExactly(Map.entry("kakFile", "kak-Survei Kepuasan.pdf"));
            assertThat(entry.startedAt()).isEqualTo(T0);
            assertThat(entry.attempts()).isEqualTo(2);
            assertThat(entry.lastAttemptAt()).contains(T0.plusSeconds(15));
            Outcome outcome = entry.outcome().orElseThrow();
            assertThat(outcome.status()).isEqualTo(OutcomeStatus.CONFIRMED);
            assertThat(outcome.portalIds()).containsExactly(Map.entry("pengajuanId", "123"));
            assertThat(outcome.detail()).isEqualTo("found on the list page");
            assertThat(outcome.endedAt()).isEqualTo(T0.plusSeconds(20));
            assertThat(entry.isOpen()).isFalse();
            assertThat(journal.openIntents()).isEmpty();
        }
    }

    @Test
    void everyEventIsOneLineOnDiskBeforeTheCallReturns() throws IOException {
        try (FileJournal journal = open()) {
            String id = journal.begin(pengajuan("A")).intentId();
            assertThat(lines()).hasSize(1);
            journal.recordAttempt(id);
            journal.fail(id, "rejected:\nline two");
            assertThat(lines()).hasSize(3);
            assertThat(new ObjectMapper().readTree(lines().get(2)).get("type").asText()).isEqualTo("OUTCOME");
        }
    }

    @Test
    void openIntentsAfterACrashAreTheOnesWithoutAFinalOutcome() throws IOException {
        Path copy = dir.resolve("after-crash.jsonl");
        String running;
        String unknown;
        try (FileJournal journal = open()) {
            running = journal.begin(pengajuan("A")).intentId();
            journal.recordAttempt(running);
            String done = journal.begin(pengajuan("B")).intentId();
            journal.confirm(done, Map.of("pengajuanId", "7"), "");
            unknown = journal.begin(pengajuan("C")).intentId();
            journal.markUnknown(unknown, "502 from the portal");
            String failed = journal.begin(pengajuan("D")).intentId();
            journal.fail(failed, "belum memenuhi");
            // the process dies here: what is on disk is all that is left
            Files.copy(file(), copy);
        }

        try (FileJournal journal = FileJournal.open(copy, clock)) {
            assertThat(journal.openIntents()).extracting(JournalEntry::intentId).containsExactly(running, unknown);
            assertThat(journal.openIntents().get(0).attempts()).isEqualTo(1);
            assertThat(journal.entries()).hasSize(4);
        }
    }

    @Test
    void aJournalWhoseLastLineIsTornStillLoadsAndReportsItsOpenIntents() throws IOException {
        String open;
        try (FileJournal journal = open()) {
            open = journal.begin(pengajuan("A")).intentId();
            String done = journal.begin(pengajuan("B")).intentId();
            journal.confirm(done, Map.of(), "");
        }
        String intact = Files.readString(file());
        Files.write(file(), "{\"type\":\"OUTCOME\",\"intentId\":\"".concat(open).concat("\",\"at\":\"2026-03")
                .getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);

        String log = captureStandardError(() -> {
            try (FileJournal journal = open()) {
                assertThat(journal.openIntents()).extracting(JournalEntry::intentId).containsExactly(open);
                journal.recordAttempt(open);
            }
        });

        assertThat(log).contains("WARN").contains("torn line 4");
        String repaired = Files.readString(file());
        assertThat(repaired).as("torn bytes cut off").startsWith(intact);
        assertThat(repaired.substring(intact.length())).startsWith("{\"type\":\"ATTEMPT\"").endsWith("}\n")
                .containsOnlyOnce("\n");

        assertThat(lines()).hasSize(4).allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
        try (FileJournal journal = open()) {
            assertThat(journal.find(open).orElseThrow().attempts()).isEqualTo(1);
        }
    }

    /** What slf4j-simple (which writes to the current {@code System.err}) logs while {@code action} runs. */
    private static String captureStandardError(Runnable action) {
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aWholeLastRecordMissingOnlyItsNewlineIsKept() throws IOException {
        String id;
        try (FileJournal journal = open()) {
            id = journal.begin(pengajuan("A")).intentId();
            journal.confirm(id, Map.of("pengajuanId", "9"), "");
        }
        byte[] bytes = Files.readAllBytes(file());
        Files.write(file(), java.util.Arrays.copyOf(bytes, bytes.length - 1));

        try (FileJournal journal = open()) {
            assertThat(journal.find(id).orElseThrow().outcome().orElseThrow().portalIds())
                    .containsEntry("pengajuanId", "9");
            journal.begin(pengajuan("B"));
        }
        assertThat(lines()).hasSize(3);
    }

    @Test
    void aCorruptLineInTheMiddleIsATypedErrorNamingTheLine() throws IOException {
        try (FileJournal journal = open()) {
            String id = journal.begin(pengajuan("A")).intentId();
            journal.recordAttempt(id);
            journal.confirm(id, Map.of(), "");
        }
        List<String> lines = new ArrayList<>(lines());
        lines.set(1, "{\"type\":\"ATTEMPT\",\"intentId\":");
        Files.write(file(), lines, StandardCharsets.UTF_8);

        assertThatThrownBy(this::open).isExactlyInstanceOf(JournalCorruptedException.class)
                .hasMessageContaining("line 2")
                .satisfies(e -> assertThat(((JournalCorruptedException) e).lineNumber()).isEqualTo(2));

        lines.remove(1);
        Files.write(file(), lines, StandardCharsets.UTF_8);
        try (FileJournal journal = open()) {
            assertThat(journal.entries()).hasSize(1);
        }
    }

    @Test
    void aLineThatContradictsTheOnesBeforeItIsCorrupt() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"type\":\"ATTEMPT\",\"intentId\":\"nope\",\"at\":\"2026-03-02T01:00:00Z\"}\n");

        assertThatThrownBy(this::open).isExactlyInstanceOf(JournalCorruptedException.class)
                .hasMessageContaining("line 1").hasMessageContaining("no intent with id nope");
    }

    @Test
    void secretAttributesAndPortalIdsAreRefusedAndNeverWritten() throws IOException {
        try (FileJournal journal = open()) {
            assertThatThrownBy(() -> journal.begin(pengajuan("A").withAttribute("X-CSRF-Token", "csrf-VALUE")))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("X-CSRF-Token").hasMessageNotContaining("csrf-VALUE");
            assertThatThrownBy(() -> Intent.of(KIRIM, "romantik", "k").withAttribute("password", "pw-VALUE"))
                    .isExactlyInstanceOf(IllegalArgumentException.class);
            String id = journal.begin(pengajuan("A")).intentId();
            assertThatThrownBy(() -> journal.confirm(id, Map.of("session_code", "sess-VALUE"), ""))
                    .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("session_code");
        }
        assertThat(Files.readString(file())).doesNotContain("VALUE").doesNotContain("CSRF");
        assertThat(lines()).hasSize(1);
    }

    @Test
    void aFinalOutcomeEndsTheIntent() {
        try (FileJournal journal = open()) {
            String id = journal.begin(pengajuan("A")).intentId();
            journal.fail(id, "belum memenuhi");

            assertThatThrownBy(() -> journal.confirm(id, Map.of(), "")).isExactlyInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already FAILED");
            assertThatThrownBy(() -> journal.recordAttempt(id)).isExactlyInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> journal.recordAttempt("no-such-id"))
                    .isExactlyInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void latestFindsTheMostRecentIntentOfAnOperationAndKey() {
        try (FileJournal journal = open()) {
            String first = journal.begin(pengajuan("A")).intentId();
            journal.fail(first, "belum memenuhi");
            journal.begin(pengajuan("B"));
            String second = journal.begin(pengajuan("A")).intentId();

            assertThat(journal.latest(KIRIM, Intent.naturalKey("A", "2026", "Dinas Kesehatan")))
                    .hasValueSatisfying(e -> assertThat(e.intentId()).isEqualTo(second));
            assertThat(journal.latest("indah.mskeg.kirim", Intent.naturalKey("A", "2026", "Dinas Kesehatan")))
                    .isEmpty();
        }
    }

    @Test
    void anIntentCanBeClaimedByOneClaimantAtATime() {
        try (FileJournal journal = open()) {
            String id = journal.begin(pengajuan("A")).intentId();

            assertThat(journal.claim(id, "worker-1", Duration.ofMinutes(5))).isTrue();
            assertThat(journal.claim(id, "worker-2", Duration.ofMinutes(5))).isFalse();
            assertThat(journal.claim(id, "worker-1", Duration.ofMinutes(5))).as("renewal").isTrue();

            clock.advance(Duration.ofMinutes(6));
            assertThat(journal.claim(id, "worker-2", Duration.ofMinutes(5))).as("lease expired").isTrue();
            journal.release(id, "worker-1");
            assertThat(journal.claim(id, "worker-1", Duration.ofMinutes(5))).as("not worker-1's to release").isFalse();
            journal.release(id, "worker-2");
            assertThat(journal.claim(id, "worker-1", Duration.ofMinutes(5))).isTrue();

            journal.confirm(id, Map.of(), "");
            assertThat(journal.claim(id, "worker-1", Duration.ofMinutes(5))).as("no longer open").isFalse();
            assertThatThrownBy(() -> journal.claim("no-such-id", "worker-1", Duration.ofMinutes(1)))
                    .isExactlyInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void concurrentAppendsFromManyThreadsAllLandAsValidLines() throws Exception {
        int threads = 16;
        int intentsPerThread = 10;
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        try (FileJournal journal = open()) {
            CyclicBarrier barrier = new CyclicBarrier(threads);
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int worker = t;
                Thread thread = new Thread(() -> {
                    try {
                        barrier.await(10, TimeUnit.SECONDS);
                        for (int i = 0; i < intentsPerThread; i++) {
                            String id = journal.begin(pengajuan("w" + worker + "-" + i)).intentId();
                            journal.recordAttempt(id);
                            journal.confirm(id, Map.of("pengajuanId", worker + "-" + i), "ok");
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                thread.setDaemon(true);
                workers.add(thread);
                thread.start();
            }
            for (Thread thread : workers) {
                thread.join();
            }
        }

        assertThat(failures).isEmpty();
        List<String> lines = lines();
        assertThat(lines).hasSize(threads * intentsPerThread * 3);
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode node = json.readTree(line);
            assertThat(node.get("intentId").asText()).isNotBlank();
        }
        try (FileJournal journal = open()) {
            assertThat(journal.entries()).hasSize(threads * intentsPerThread)
                    .allSatisfy(e -> assertThat(e.attempts()).isEqualTo(1))
                    .allSatisfy(e -> assertThat(e.isOpen()).isFalse());
        }
    }

    @Test
    void aSecondJournalOnTheSameFileIsRefusedUntilTheFirstCloses() {
        FileJournal first = open();

        assertThatThrownBy(this::open).isExactlyInstanceOf(JournalLockedException.class)
                .hasMessageContaining(file().toString());

        first.close();
        try (FileJournal second = open()) {
            assertThat(second.entries()).isEmpty();
        }
        assertThatThrownBy(first::entries).isExactlyInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherProcessCannotOpenAJournalThisOneHolds() throws Exception {
        try (FileJournal journal = open()) {
            journal.begin(pengajuan("A"));
            assertThat(runProbe()).isEqualTo(JournalLockProbe.LOCKED);
        }
        assertThat(runProbe()).isEqualTo(JournalLockProbe.OPENED);
    }

    private int runProbe() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                JournalLockProbe.class.getName(), file().toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("probe.log").toFile())
                .start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the probe process did not finish");
        }
        return process.exitValue();
    }

    @Test
    void naturalKeyPartsCannotRunIntoEachOther() {
        assertThat(Intent.naturalKey("Survei A", "2026", "Dinkes")).isEqualTo("Survei A|2026|Dinkes");
        assertThat(Intent.naturalKey("a|b", "c")).isNotEqualTo(Intent.naturalKey("a", "b|c"));
    }

    @Test
    void aLongDetailIsCut() {
        try (FileJournal journal = open()) {
            String id = journal.begin(pengajuan("A")).intentId();
            JournalEntry entry = journal.fail(id, "x".repeat(2000));
            assertThat(entry.outcome().orElseThrow().detail()).hasSize(Outcome.MAX_DETAIL);
        }
    }
}
