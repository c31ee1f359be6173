package io.github.bpsconnector.core.journal;

import java.nio.file.Path;

/** Run in a second JVM by {@link FileJournalTest}: tries to open the journal another process holds. */
public final class JournalLockProbe {

    static final int OPENED = 0;
    static final int LOCKED = 3;

    private JournalLockProbe() {
    }

    public static void main(String[] args) {
        try (FileJournal journal = FileJournal.open(Path.of(args[0]))) {
            System.out.println("opened " + journal.entries().size());
            System.exit(OPENED);
        } catch (JournalLockedException e) {
            System.out.println(e.getMessage());
            System.exit(LOCKED);
        }
    }
}
