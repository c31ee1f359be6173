package io.github.bpsconnector.workflow.arsip;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One writer at a time per kegiatan folder: a lock per folder for the threads of this JVM and a file lock on
 * {@value #LOCK_FILE} for other processes. The in-JVM locks are shared by every {@link Arsip} (a static map keyed
 * by the folder's real path) because file locks belong to the whole JVM: two instances over one folder must not
 * both ask for the file lock, which Java refuses with {@code OverlappingFileLockException}.
 */
final class FolderLocks {

    static final String LOCK_FILE = ".arsip.lock";

    private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private FolderLocks() {
    }

    /** Work done while a folder is locked. */
    @FunctionalInterface
    interface Locked<T> {
        T run() throws IOException;
    }

    /**
     * Runs {@code work} while {@code folder} (which must exist) is locked, waiting at most {@code timeout} for the
     * lock.
     *
     * @throws ArsipException         if another writer holds it for longer
     * @throws InterruptedIOException if the thread is interrupted while waiting
     */
    static <T> T locked(Path folder, Duration timeout, Locked<T> work) throws IOException {
        Held held = lock(folder, timeout);
        try {
            return work.run();
        } finally {
            held.release();
        }
    }

    /** A held lock. */
    private record Held(ReentrantLock lock, FileChannel channel) {
        void release() throws IOException {
            try {
                channel.close(); // releases the file lock
            } finally {
                lock.unlock();
            }
        }
    }

    private static Held lock(Path folder, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ReentrantLock lock = LOCKS.computeIfAbsent(folder.toRealPath(), p -> new ReentrantLock());
        try {
            if (!lock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw timedOut(folder, timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the arsip folder " + folder);
        }
        try {
            FileChannel channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            try {
                waitForFileLock(channel, folder, timeout, deadline);
                return new Held(lock, channel);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            lock.unlock();
            throw e;
        }
    }

    private static void waitForFileLock(FileChannel channel, Path folder, Duration timeout, long deadline)
            throws IOException {
        while (true) {
            FileLock fileLock = channel.tryLock();
            if (fileLock != null) {
                return;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw timedOut(folder, timeout);
            }
            LockSupport.parkNanos(POLL_NANOS);
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for the arsip folder " + folder);
            }
        }
    }

    private static ArsipException timedOut(Path folder, Duration timeout) {
        return new ArsipException("the arsip folder " + folder + " stayed locked by another writer for " + timeout);
    }
}
