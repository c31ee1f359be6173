package io.github.bpsconnector.core.file;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/** A deterministic stream of pseudo-random bytes (xorshift64*), produced in fixed chunks, never held whole. */
final class PseudoRandomBytes {

    private static final int CHUNK = 64 * 1024;

    private PseudoRandomBytes() {
    }

    /** Writes {@code length} bytes of the stream for {@code seed} to {@code out}. */
    static void write(long seed, long length, OutputStream out) throws IOException {
        forEachChunk(seed, length, out::write);
    }

    /** The SHA-256 (hex) of {@code length} bytes of the stream for {@code seed}. */
    static String sha256(long seed, long length) {
        MessageDigest digest = Sha256.newDigest();
        forEachChunk(seed, length, digest::update);
        return HexFormat.of().formatHex(digest.digest());
    }

    private interface ChunkConsumer<E extends Exception> {
        void accept(byte[] chunk, int offset, int length) throws E;
    }

    private static <E extends Exception> void forEachChunk(long seed, long length, ChunkConsumer<E> consumer)
            throws E {
        Generator generator = new Generator(seed);
        byte[] chunk = new byte[CHUNK];
        for (long left = length; left > 0; ) {
            int n = (int) Math.min(CHUNK, left);
            generator.fill(chunk, n);
            consumer.accept(chunk, 0, n);
            left -= n;
        }
    }

    /** {@code length} bytes of the stream, for small bodies. */
    static byte[] bytes(long seed, int length) {
        byte[] result = new byte[length];
        new Generator(seed).fill(result, length);
        return result;
    }

    private static final class Generator {
        private long state;

        Generator(long seed) {
            this.state = seed == 0 ? 0x9E3779B97F4A7C15L : seed;
        }

        /** Fills {@code n} bytes; {@code n} is a multiple of 8 except at the very end of a stream. */
        void fill(byte[] target, int n) {
            for (int i = 0; i < n; i += 8) {
                state ^= state >>> 12;
                state ^= state << 25;
                state ^= state >>> 27;
                long value = state * 0x2545F4914F6CDD1DL;
                for (int j = 0; j < 8 && i + j < n; j++) {
                    target[i + j] = (byte) (value >>> (8 * j));
                }
            }
        }
    }
}
