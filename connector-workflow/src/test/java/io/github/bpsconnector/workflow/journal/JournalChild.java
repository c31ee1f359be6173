package io.github.bpsconnector.workflow.journal;

import io.github.bpsconnector.core.journal.Intent;
import io.github.bpsconnector.core.journal.JournalEntry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One process sharing an H2 journal file, run in a child JVM by {@link JdbcJournalProcessTest}. It reports on
 * standard output, one line per fact, and takes its cues ({@code go}, {@code exit}) from standard input.
 *
 * <ul>
 *   <li>{@code claim <file> <name>}: claims every open intent it can.</li>
 *   <li>{@code begin <file> <name> <count>}: begins intents for keys {@code kegiatan-0 ...}.</li>
 *   <li>{@code work <file> <name>}: begins, attempts and ends intents without end, until killed.</li>
 * </ul>
 */
public final class JournalChild {

    static final String OPERATION = "romantik.pengajuan.kirim";

    private JournalChild() {
    }

    static Intent kegiatan(int number) {
        return Intent.of(OPERATION, "romantik", "kegiatan-" + number);
    }

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        String name = args[2];
        BufferedReader cues = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (JdbcJournal journal = JdbcJournal.h2(Path.of(args[1]))) {
            switch (mode) {
                case "claim" -> race(cues, () -> {
                    for (JournalEntry open : journal.openIntents()) {
                        if (journal.claim(open.intentId(), name, Duration.ofMinutes(10))) {
                            say("claimed " + open.intentId());
                        }
                    }
                });
                case "begin" -> race(cues, () -> {
                    for (int i = 0; i < Integer.parseInt(args[3]); i++) {
                        try {
                            say("began " + i + " " + journal.begin(kegiatan(i)).intentId());
                        } catch (OpenIntentExistsException e) {
                            say("refused " + i + " " + e.openIntentId());
                        }
                    }
                });
                case "work" -> work(journal);
                default -> throw new IllegalArgumentException("unknown mode " + mode);
            }
        }
    }

    /** Waits for {@code go}, runs, says {@code done}, then keeps the journal open until {@code exit}. */
    private static void race(BufferedReader cues, Runnable run) throws IOException {
        say("ready");
        await(cues, "go");
        run.run();
        say("done");
        await(cues, "exit");
    }

    private static void work(JdbcJournal journal) {
        say("ready");
        for (int i = 0; ; i++) {
            String id = journal.begin(kegiatan(i)).intentId();
            journal.recordAttempt(id);
            if (i % 2 == 0) {
                journal.markUnknown(id, "read timeout");
            }
            journal.recordAttempt(id);
            journal.confirm(id, Map.of("pengajuanId", "P-" + i), "found on the list");
            say("done " + i + " " + id);
        }
    }

    private static void await(BufferedReader cues, String cue) throws IOException {
        for (String line = cues.readLine(); !cue.equals(line); line = cues.readLine()) {
            if (line == null) {
                throw new IllegalStateException("the test went away before saying " + cue);
            }
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
