package io.github.bpsconnector.workflow.internal;

import io.github.bpsconnector.core.file.TargetFolder;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;

/**
 * Writes a new file so that nobody ever sees it half-written and nothing existing is replaced: the content goes to
 * a hidden temporary file in the same folder, is forced to disk, and is then moved atomically onto a name claimed
 * with {@link TargetFolder#claim} (the name, or {@code name (1).ext}, ...). Not API.
 */
public final class AtomicFiles {

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        /** Writes everything to {@code out}; must not close it. */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * A file written by {@link #write}.
     *
     * @param path   where it is
     * @param sha256 the SHA-256 of its content in hex
     * @param size   its size in bytes
     */
    public record Written(Path path, String sha256, long size) {
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to a new file in {@code folder} named {@code safeName} or its first free numbered
     * alternative. On failure nothing is left behind.
     *
     * @param safeName a name made by {@code SafeFileName}
     * @throws IOException if the file cannot be written
     */
    public static Written write(TargetFolder folder, String safeName, Content content) throws IOException {
        Path temp = Files.createTempFile(folder.path(), ".", ".part");
        Path target = null;
        try {
            MessageDigest digest = Sha256Hex.newDigest();
            long size;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                CountingOutputStream counted = new CountingOutputStream(
                        new DigestOutputStream(Channels.newOutputStream(channel), digest));
                content.writeTo(counted);
                counted.flush();
                channel.force(true);
                size = counted.count;
            }
            target = folder.claim(safeName);
            moveOver(temp, target);
            return new Written(target, Sha256Hex.hex(digest.digest()), size);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            if (target != null) {
                Files.deleteIfExists(target);
            }
            throw e;
        }
    }

    /** Moves {@code source} onto {@code target}, replacing it, atomically where the file system can. */
    public static void moveOver(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Counts the bytes that pass through, without closing the underlying stream on flush. */
    private static final class CountingOutputStream extends OutputStream {
        private final OutputStream out;
        private long count;

        CountingOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
