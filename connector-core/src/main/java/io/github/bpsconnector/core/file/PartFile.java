package io.github.bpsconnector.core.file;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The file a download is written to before it gets its final name. It lives in the target folder, so the final
 * move is a rename on one file system (atomic), and its name starts with a dot and ends in {@code .part}, which
 * no sanitised name can (they never start with a dot).
 *
 * <p>A resumable part file is named from the SHA-256 of the URI ({@code .bps-<32 hex>.part}), so a later download
 * of the same URI into the same folder finds it. It is locked while open, so two downloads of the same URI into
 * one folder cannot write it at once.
 */
final class PartFile implements Closeable {

    private static final String PREFIX = ".bps-";
    private static final String SUFFIX = ".part";

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean closed;

    private PartFile(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    /** The part file for {@code uri} in {@code folder}, with what an earlier attempt left in it. */
    static PartFile forResume(TargetFolder folder, URI uri) throws IOException {
        return open(folder.path().resolve(nameFor(uri)));
    }

    /** A new, empty part file with a random name. */
    static PartFile temporary(TargetFolder folder) throws IOException {
        return open(Files.createTempFile(folder.path(), PREFIX, SUFFIX));
    }

    /** {@code .bps-<first 32 hex digits of SHA-256(uri)>.part}. */
    static String nameFor(URI uri) {
        byte[] hash = Sha256.newDigest().digest(uri.toASCIIString().getBytes(StandardCharsets.US_ASCII));
        return PREFIX + HexFormat.of().formatHex(hash, 0, 16) + SUFFIX;
    }

    private static PartFile open(Path path) throws IOException {
        FileChannel channel = FileChannel.open(path,
                StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IOException("another download is writing " + path.getFileName());
            }
            return new PartFile(path, channel, lock);
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw new IOException("another download is writing " + path.getFileName(), e);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    Path path() {
        return path;
    }

    long size() throws IOException {
        return channel.size();
    }

    /** Cuts the file to {@code length} bytes and continues writing there. */
    void truncate(long length) throws IOException {
        channel.truncate(length);
        channel.position(length);
    }

    /** A SHA-256 digest fed with the file's current content, read through {@code buffer}. */
    MessageDigest digestOfContent(byte[] buffer) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        ByteBuffer view = ByteBuffer.wrap(buffer);
        long position = 0;
        long size = channel.size();
        while (position < size) {
            view.clear();
            int read = channel.read(view, position);
            if (read < 0) {
                break;
            }
            digest.update(buffer, 0, read);
            position += read;
        }
        return digest;
    }

    void write(byte[] buffer, int length) throws IOException {
        ByteBuffer view = ByteBuffer.wrap(buffer, 0, length);
        while (view.hasRemaining()) {
            channel.write(view);
        }
    }

    /** Flushes the content to the storage device. */
    void sync() throws IOException {
        channel.force(true);
    }

    /**
     * Closes the file and renames it to {@code target}, which the caller created (and owns) as an empty
     * placeholder so that no one else's file is replaced.
     */
    void moveOver(Path target) throws IOException {
        close();
        try {
            Files.move(path, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(path, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Closes and removes the file. */
    void delete() throws IOException {
        close();
        Files.deleteIfExists(path);
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (channel) {
            if (lock.isValid()) {
                lock.release();
            }
        }
    }
}
