package io.github.bpsconnector.core.file;

import java.util.Locale;

/** Byte counts for messages: exact, plus a readable size from 1 KiB up. */
final class ByteSizes {

    private static final String[] UNITS = {"KiB", "MiB", "GiB", "TiB"};

    private ByteSizes() {
    }

    /** For example {@code "5242880 bytes (5.0 MiB)"} or {@code "512 bytes"}. */
    static String describe(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%d bytes (%.1f %s)", bytes, value, UNITS[unit]);
    }
}
