package io.github.bpsconnector.core.file;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Time-sortable random ids in the ULID layout: 48 bits of milliseconds since the epoch, then 80 random bits, as 26
 * characters of Crockford base 32. Ids made later sort after earlier ones, so generated file names list in the
 * order they were downloaded.
 */
final class SortableId {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 26;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SortableId() {
    }

    static String next() {
        return next(Clock.systemUTC());
    }

    static String next(Clock clock) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        return encode(clock.millis(), random);
    }

    /** Encodes 128 bits (48-bit time, 80 random bits) five bits per character, most significant first. */
    static String encode(long millis, byte[] random) {
        long high = (millis & 0xFFFF_FFFF_FFFFL) << 16 | (random[0] & 0xffL) << 8 | (random[1] & 0xffL);
        long low = 0;
        for (int i = 2; i < 10; i++) {
            low = low << 8 | (random[i] & 0xffL);
        }
        char[] chars = new char[LENGTH];
        for (int i = LENGTH - 1; i >= 0; i--) {
            chars[i] = ALPHABET[(int) (low & 0x1f)];
            low = low >>> 5 | (high & 0x1f) << 59;
            high >>>= 5;
        }
        return new String(chars);
    }
}
