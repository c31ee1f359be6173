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
 * Writes files so that nobody ever sees one half-written: the content goes to a hidden temporary file
 * ({@code .*.part}) in the same folder, is forced to disk, and is then moved atomically into place. A new file
 * never replaces an existing one: its name is claimed with {@link TargetFolder#claim} (the name, or
 * {@code name (1).ext}, ...). Not API.
 */
public final class AtomicFiles {

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        /** Writes everything to {@code out}; may close it. */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * A file that was written.
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
        return publish(writeTemp(folder.path(), content), folder, safeName);
    }

    /**
     * Writes {@code content} to a hidden temporary file in {@code folder}, forced to disk, with its SHA-256 and
     * size. The caller {@linkplain #publish publishes} or deletes it. On failure nothing is left behind.
     */
    public static Written writeTemp(Path folder, Content content) throws IOException {
        Path temp = Files.createTempFile(folder, ".", ".part");
        try {
            MessageDigest digest = Sha256Hex.newDigest();
            CountingOutputStream counted;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                counted = new CountingOutputStream(new DigestOutputStream(Channels.newOutputStream(channel), digest));
                content.writeTo(counted);
                channel.force(true);
            }
            return new Written(temp, Sha256Hex.hex(digest.digest()), counted.count);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * Moves a temporary file from {@link #writeTemp} (in the same folder) to a newly claimed name. On failure the
     * temporary file and the claimed name are removed.
     */
    public static Written publish(Written temp, TargetFolder folder, String safeName) throws IOException {
        Path target = null;
        try {
            target = folder.claim(safeName);
            moveOver(temp.path(), target);
            return new Written(target, temp.sha256(), temp.size());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp.path());
            if (target != null) {
                Files.deleteIfExists(target);
            }
            throw e;
        }
    }

    /** Writes {@code content} to {@code target}, replacing it in one atomic step (e.g. a manifest). */
    public static Written replace(Path target, Content content) throws IOException {
        Written temp = writeTemp(target.getParent(), content);
        try {
            moveOver(temp.path(), target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp.path());
            throw e;
        }
        return new Written(target, temp.sha256(), temp.size());
    }

    private static void moveOver(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Counts the bytes that pass through. */
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

        @Override
        public void close() throws IOException {
            out.flush(); // the channel is closed, and forced, by writeTemp
        }
    }
}
