package io.github.bpsconnector.workflow.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.core.journal.OutcomeStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real processes (child JVMs) sharing one H2 journal file. */
class JdbcJournalProcessTest {

    private static final Duration WAIT = Duration.ofSeconds(40);

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("shared-journal");
    }

    private ChildJvm start(String... args) throws Exception {
        ChildJvm child = ChildJvm.start(dir.resolve(args[0] + "-" + args[2] + ".err"), args);
        child.await("ready"::equals, WAIT);
        return child;
    }

    /** Both children got {@code ready}: release them together and collect what each says until {@code done}. */
    private static List<List<String>> race(ChildJvm first, ChildJvm second) throws Exception {
        first.send("go");
        second.send("go");
        List<List<String>> said = List.of(first.linesUntil("done", WAIT), second.linesUntil("done", WAIT));
        first.send("exit");
        second.send("exit");
        assertThat(first.awaitExit(WAIT)).isZero();
        assertThat(second.awaitExit(WAIT)).isZero();
        return said;
    }

    @Test
    void twoProcessesClaimingTheSameOpenIntentsGetEachOneExactlyOnce() throws Exception {
        Set<String> open = new HashSet<>();
        try (JdbcJournal journal = JdbcJournal.h2(file())) {
            for (int i = 0; i < 24; i++) {
                open.add(journal.begin(JournalChild.kegiatan(i)).intentId());
            }
        }

        List<List<String>> said;
        try (ChildJvm a = start("claim", file().toString(), "process-a");
                ChildJvm b = start("claim", file().toString(), "process-b")) {
            said = race(a, b);
        }

        Set<String> claimedByA = idsAfter("claimed ", said.get(0));
        Set<String> claimedByB = idsAfter("claimed ", said.get(1));
        assertThat(claimedByA).as("claimed by both").filteredOn(claimedByB::contains).isEmpty();
        assertThat(union(claimedByA, claimedByB)).isEqualTo(open);
        Map<String, String> claimants = claimants();
        claimedByA.forEach(id -> assertThat(claimants).containsEntry(id, "process-a"));
        claimedByB.forEach(id -> assertThat(claimants).containsEntry(id, "process-b"));
    }

    @Test
    void twoProcessesBeginningTheSameOperationsRecordEachOnce() throws Exception {
        int keys = 12;
        List<List<String>> said;
        try (ChildJvm a = start("begin", file().toString(), "process-a", Integer.toString(keys));
                ChildJvm b = start("begin", file().toString(), "process-b", Integer.toString(keys))) {
            said = race(a, b);
        }

        List<String> all = new ArrayList<>(said.get(0));
        all.addAll(said.get(1));
        for (int i = 0; i < keys; i++) {
            String number = Integer.toString(i);
            List<String[]> about = all.stream().map(line -> line.split(" "))
                    .filter(words -> words[1].equals(number)).toList();
            assertThat(about).as("kegiatan-%d", i).hasSize(2)
                    .extracting(words -> words[0]).containsExactlyInAnyOrder("began", "refused");
            assertThat(about.get(0)[2]).as("the refusal names the intent that began").isEqualTo(about.get(1)[2]);
        }
        try (JdbcJournal journal = JdbcJournal.h2(file())) {
            assertThat(journal.entries()).hasSize(keys).extracting(JournalEntry::naturalKey)
                    .containsExactlyInAnyOrderElementsOf(IntStream.range(0, keys)
                            .mapToObj(i -> "kegiatan-" + i).toList());
        }
    }

    @ParameterizedTest(name = "another process holds the database open: {0}")
    @ValueSource(booleans = {false, true})
    void aProcessKilledWhileWritingLeavesAConsistentJournal(boolean anotherProcessHoldsTheDatabase)
            throws Exception {
        JdbcJournal holder = anotherProcessHoldsTheDatabase ? JdbcJournal.h2(file()) : null;
        List<String> finished = new ArrayList<>();
        try (ChildJvm worker = start("work", file().toString(), "worker")) {
            for (int i = 0; i <= 15; i++) {
                String prefix = "done " + i + " ";
                finished.add(worker.await(line -> line.startsWith(prefix), WAIT).substring(prefix.length()));
            }
            worker.kill(); // somewhere in intent 16 or later, most likely inside a transaction
        }

        try (JdbcJournal journal = holder != null ? holder : JdbcJournal.h2(file())) {
            for (int i = 0; i < finished.size(); i++) {
                JournalEntry entry = journal.find(finished.get(i)).orElseThrow();
                assertThat(entry.attempts()).as("intent %d", i).isEqualTo(2);
                assertThat(entry.outcome().orElseThrow().status()).isEqualTo(OutcomeStatus.CONFIRMED);
                assertThat(entry.outcome().orElseThrow().portalIds()).containsEntry("pengajuanId", "P-" + i);
            }
            assertEveryRowAgreesWithItsHistory();

            List<JournalEntry> open = journal.openIntents();
            assertThat(open).as("only the intent being worked on").hasSizeLessThanOrEqualTo(1);
            for (JournalEntry unfinished : open) {
                assertThat(journal.claim(unfinished.intentId(), "resumer", Duration.ofMinutes(5))).isTrue();
                journal.confirm(unfinished.intentId(), Map.of("pengajuanId", "resumed"), "found on the portal");
            }
            assertThat(journal.begin(JournalChild.kegiatan(-1)).isOpen()).isTrue();
        }
    }

    /**
     * Each intent's row says what its events say: one BEGIN, as many attempts as ATTEMPT events, the status of the
     * last OUTCOME event, and an open key exactly while no final outcome is recorded.
     */
    private void assertEveryRowAgreesWithItsHistory() throws SQLException {
        Map<String, List<String>> events = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(JdbcJournal.h2Url(file()), "sa", "");
                Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(
                    "SELECT intent_id, event_type, outcome_status FROM journal_event ORDER BY seq")) {
                while (rows.next()) {
                    events.computeIfAbsent(rows.getString(1), id -> new ArrayList<>())
                            .add(rows.getString(2) + (rows.getString(3) == null ? "" : " " + rows.getString(3)));
                }
            }
            try (ResultSet rows = statement.executeQuery(
                    "SELECT intent_id, attempts, outcome_status, open_key FROM journal_intent")) {
                int intents = 0;
                while (rows.next()) {
                    intents++;
                    String id = rows.getString(1);
                    List<String> history = events.getOrDefault(id, List.of());
                    assertThat(history).as(id).startsWith("BEGIN").filteredOn("BEGIN"::equals).hasSize(1);
                    assertThat(history).as(id).filteredOn("ATTEMPT"::equals).hasSize(rows.getInt(2));
                    String status = rows.getString(3);
                    List<String> outcomes = history.stream().filter(e -> e.startsWith("OUTCOME")).toList();
                    assertThat(outcomes.isEmpty() ? null : outcomes.get(outcomes.size() - 1))
                            .as(id).isEqualTo(status == null ? null : "OUTCOME " + status);
                    boolean isFinal = status != null && OutcomeStatus.valueOf(status).isFinal();
                    assertThat(rows.getString(4) == null).as("%s open key", id).isEqualTo(isFinal);
                }
                assertThat(events).as("no event without its intent").hasSize(intents);
            }
        }
    }

    private Map<String, String> claimants() throws SQLException {
        Map<String, String> claimants = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(JdbcJournal.h2Url(file()), "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT intent_id, claimed_by FROM journal_intent")) {
            while (rows.next()) {
                claimants.put(rows.getString(1), rows.getString(2));
            }
        }
        return claimants;
    }

    private static Set<String> idsAfter(String prefix, List<String> lines) {
        assertThat(lines).allMatch(line -> line.startsWith(prefix));
        return lines.stream().map(line -> line.substring(prefix.length())).collect(Collectors.toSet());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
