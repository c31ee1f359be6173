package io.github.bpsconnector.benchmarks.download;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * A large body that is never held in memory: one 1 MiB block of seeded random bytes, repeated, with the block
 * number written into each copy's first eight bytes so that a reordered or repeated block changes the SHA-256.
 */
final class GeneratedBody {

    private static final int BLOCK = 1 << 20;

    private final long length;
    private final byte[] block = new byte[BLOCK];

    GeneratedBody(long length, long seed) {
        this.length = length;
        new SplittableRandom(seed).nextBytes(block);
    }

    long length() {
        return length;
    }

    /** Writes the whole body to {@code out}. */
    void writeTo(OutputStream out) throws IOException {
        forEachBlock(out::write);
    }

    /** The SHA-256 of the body, in lower-case hex. */
    String sha256() {
        MessageDigest digest = newDigest();
        try {
            forEachBlock(digest::update);
        } catch (IOException e) {
            throw new IllegalStateException("a digest does not fail", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Where the blocks go, one after another. */
    @FunctionalInterface
    private interface BlockSink {
        void accept(byte[] bytes, int offset, int length) throws IOException;
    }

    private void forEachBlock(BlockSink sink) throws IOException {
        long remaining = length;
        for (long index = 0; remaining > 0; index++) {
            stamp(index);
            int n = (int) Math.min(BLOCK, remaining);
            sink.accept(block, 0, n);
            remaining -= n;
        }
    }

    private void stamp(long index) {
        for (int i = 0; i < Long.BYTES; i++) {
            block[i] = (byte) (index >>> (8 * i));
        }
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }
}
