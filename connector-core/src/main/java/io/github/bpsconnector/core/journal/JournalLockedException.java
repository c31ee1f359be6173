package io.github.bpsconnector.core.journal;

import java.nio.file.Path;

/**
 * The journal file is already open in another process (or by another {@link FileJournal} of this process). Only
 * one may append to it at a time; use a database journal to share one between processes.
 */
public class JournalLockedException extends JournalException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public JournalLockedException(Path file, String holder) {
        super("journal " + file + " is in use by " + holder + "; only one may write to it at a time", null);
        this.file = file;
    }

    /** The journal file. */
    public Path file() {
        return file;
    }
}
