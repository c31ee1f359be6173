package io.github.bpsconnector.core.journal;

import java.nio.file.Path;

/**
 * A line of a journal file, other than a torn last line, is not a valid record (or contradicts the lines before
 * it). The journal is not opened: a person must look at the named line.
 */
public class JournalCorruptedException extends JournalException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long lineNumber;

    /**
     * @param lineNumber the 1-based number of the bad line
     * @param reason     what is wrong with it
     */
    public JournalCorruptedException(Path file, long lineNumber, String reason) {
        super("journal " + file + " is corrupt at line " + lineNumber + ": " + reason, null);
        this.file = file;
        this.lineNumber = lineNumber;
    }

    /** The journal file. */
    public Path file() {
        return file;
    }

    /** The 1-based number of the bad line. */
    public long lineNumber() {
        return lineNumber;
    }
}
