package io.github.bpsconnector.core.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Journal} in an append-only file of JSON lines, one line per event (intent, attempt, outcome). Each line
 * is forced to disk ({@link FileChannel#force(boolean)}) before the call returns, so a recorded event survives a
 * crash of the process or the machine.
 *
 * <ul>
 *   <li><b>Crash while writing</b>: a torn last line (no newline at the end) is ignored with a WARN when the
 *       journal is opened, and cut off so the next event starts on a fresh line.</li>
 *   <li><b>Corruption</b>: any other bad line stops the opening with a {@link JournalCorruptedException} naming
 *       the line.</li>
 *   <li><b>One process</b>: the file is locked while the journal is open; a second opener, in another process or
 *       this one, gets a {@link JournalLockedException}. Claims ({@link #claim}) are therefore kept in memory.</li>
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class FileJournal implements Journal {

    /** The file name of the default journal, in the working directory. */
    public static final String DEFAULT_FILE_NAME = "bps-connector-journal.jsonl";

    private static final Logger LOG = LoggerFactory.getLogger(FileJournal.class);
    private static final int MAX_LINE_BYTES = 1 << 20;

    private final Path file;
    private final Clock clock;
    private final FileChannel channel;
    private final FileLock lock;
    private final JournalState state;
    private final Map<String, Claim> claims = new HashMap<>();
    private long end;
    private boolean closed;

    private record Claim(String claimant, Instant until) {
    }

    private FileJournal(Path file, Clock clock, FileChannel channel, FileLock lock, JournalState state, long end) {
        this.file = file;
        this.clock = clock;
        this.channel = channel;
        this.lock = lock;
        this.state = state;
        this.end = end;
    }

    /** Opens {@link #DEFAULT_FILE_NAME} in the working directory on the system clock. */
    public static FileJournal openDefault() {
        return open(Path.of(DEFAULT_FILE_NAME));
    }

    /** Opens (or creates) the journal in {@code file} on the system clock. */
    public static FileJournal open(Path file) {
        return open(file, Clock.systemUTC());
    }

    /**
     * Opens (or creates) the journal in {@code file}; {@code clock} stamps its events.
     *
     * @throws JournalLockedException     if the file is open elsewhere
     * @throws JournalCorruptedException  if a line other than a torn last one is not a valid record
     * @throws JournalException           if the file cannot be read or written
     */
    public static FileJournal open(Path file, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        Path absolute = file.toAbsolutePath();
        FileChannel channel;
        try {
            Files.createDirectories(absolute.getParent());
            channel = FileChannel.open(absolute, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new JournalException("cannot open journal " + absolute, e);
        }
        try {
            FileLock lock = lock(channel, absolute);
            JournalState state = new JournalState();
            long end = load(channel, absolute, state);
            LOG.debug("Opened journal {}: {} entries", absolute, state.size());
            return new FileJournal(absolute, clock, channel, lock, state, end);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new JournalException("cannot read journal " + absolute, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static FileLock lock(FileChannel channel, Path file) throws IOException {
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new JournalLockedException(file, "another process");
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            throw new JournalLockedException(file, "another journal of this process");
        }
    }

    /** Folds every line into {@code state}, repairs a torn last line and returns where the next line goes. */
    private static long load(FileChannel channel, Path file, JournalState state) throws IOException {
        channel.position(0);
        InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 1 << 16); // not closed: owns channel
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long lineNumber = 0;
        long offset = 0;
        long lineStart = 0;
        for (int b = in.read(); b != -1; b = in.read()) {
            offset++;
            if (b == '\n') {
                lineNumber++;
                if (line.size() > 0) {
                    apply(line.toByteArray(), file, lineNumber, state);
                }
                line.reset();
                lineStart = offset;
            } else if (line.size() >= MAX_LINE_BYTES) {
                throw new JournalCorruptedException(file, lineNumber + 1, "longer than " + MAX_LINE_BYTES + " bytes");
            } else {
                line.write(b);
            }
        }
        return line.size() == 0 ? offset : repairLastLine(channel, file, state, line.toByteArray(), lineNumber + 1,
                lineStart);
    }

    private static void apply(byte[] line, Path file, long lineNumber, JournalState state) {
        JournalRecord record;
        try {
            record = JournalRecord.parse(line);
        } catch (IOException e) {
            String reason = e instanceof JsonProcessingException
                    ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage();
            throw new JournalCorruptedException(file, lineNumber, "not a journal record (" + reason + ")");
        }
        try {
            state.put(state.next(record));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new JournalCorruptedException(file, lineNumber, e.getMessage());
        }
    }

    /**
     * The last line has no newline: the process stopped while writing it. If it is nevertheless a whole valid
     * record only its newline is missing, so it is kept; otherwise it is cut off. Either way the file then ends
     * with a newline.
     */
    private static long repairLastLine(FileChannel channel, Path file, JournalState state, byte[] line,
            long lineNumber, long lineStart) throws IOException {
        long end;
        try {
            apply(line, file, lineNumber, state);
            channel.write(ByteBuffer.wrap(new byte[] {'\n'}), lineStart + line.length);
            end = lineStart + line.length + 1;
            LOG.warn("Journal {}: line {} had no newline (a crash while writing); the record was kept", file,
                    lineNumber);
        } catch (JournalCorruptedException torn) {
            channel.truncate(lineStart);
            end = lineStart;
            LOG.warn("Journal {}: ignored torn line {} ({} bytes) left by a crash while writing; the file was "
                    + "cut back to its last complete line", file, lineNumber, line.length);
        }
        channel.force(true);
        return end;
    }

    @Override
    public synchronized JournalEntry begin(Intent intent) {
        Objects.requireNonNull(intent, "intent");
        ensureOpen();
        return append(JournalRecord.begin(UUID.randomUUID().toString(), clock.instant(), intent));
    }

    @Override
    public synchronized JournalEntry recordAttempt(String intentId) {
        ensureOpen();
        return append(JournalRecord.attempt(intentId, clock.instant()));
    }

    @Override
    public synchronized JournalEntry complete(String intentId, OutcomeStatus status, Map<String, String> portalIds,
            String detail) {
        ensureOpen();
        JournalEntry entry = append(JournalRecord.outcome(intentId,
                new Outcome(status, portalIds, detail, clock.instant())));
        if (!entry.isOpen()) {
            claims.remove(intentId);
        }
        return entry;
    }

    /** Validates the record against the state, makes it durable, then applies it. */
    private JournalEntry append(JournalRecord record) {
        JournalEntry next = state.next(record);
        ByteBuffer buffer = ByteBuffer.wrap(record.toLine());
        long position = end;
        try {
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            channel.force(false);
        } catch (IOException e) {
            cutBackTo(end, e);
            throw new JournalException("cannot write to journal " + file, e);
        }
        end = position;
        state.put(next);
        return next;
    }

    /** Removes a partly written line so that the next one starts fresh. */
    private void cutBackTo(long size, IOException failure) {
        try {
            channel.truncate(size);
            channel.force(false);
        } catch (IOException e) {
            failure.addSuppressed(e); // the torn line is repaired when the journal is opened again
        }
    }

    @Override
    public synchronized Optional<JournalEntry> find(String intentId) {
        ensureOpen();
        return state.find(intentId);
    }

    @Override
    public synchronized List<JournalEntry> openIntents() {
        ensureOpen();
        return state.open();
    }

    @Override
    public synchronized Optional<JournalEntry> latest(String operation, String naturalKey) {
        ensureOpen();
        return state.latest(operation, naturalKey);
    }

    @Override
    public synchronized List<JournalEntry> entries() {
        ensureOpen();
        return state.all();
    }

    /**
     * {@inheritDoc}
     *
     * <p>Claims of a file journal live in memory: the file lock already keeps other processes out.
     */
    @Override
    public synchronized boolean claim(String intentId, String claimant, Duration lease) {
        Objects.requireNonNull(claimant, "claimant");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive: " + lease);
        }
        ensureOpen();
        if (!state.require(intentId).isOpen()) {
            return false;
        }
        Instant now = clock.instant();
        Claim held = claims.get(intentId);
        if (held != null && !held.claimant().equals(claimant) && held.until().isAfter(now)) {
            return false;
        }
        claims.put(intentId, new Claim(claimant, now.plus(lease)));
        return true;
    }

    @Override
    public synchronized void release(String intentId, String claimant) {
        ensureOpen();
        claims.computeIfPresent(intentId, (id, held) -> held.claimant().equals(claimant) ? null : held);
    }

    /** The journal file. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lock.release();
        } catch (IOException e) {
            LOG.warn("Journal {}: could not release its lock: {}", file, e.toString());
        }
        closeQuietly(channel);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("journal " + file + " is closed");
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.warn("Could not close a journal file: {}", e.toString());
        }
    }

    @Override
    public synchronized String toString() {
        return "FileJournal[" + file + ", " + state.size() + " entries" + (closed ? ", closed" : "") + "]";
    }
}
