package io.github.bpsconnector.core.file;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Content-Range} of a {@code 206 Partial Content} answer: {@code bytes <first>-<last>/<total>}, where
 * the total may be {@code *} (unknown).
 *
 * @param first the offset of the first byte in the body
 * @param last  the offset of the last byte in the body
 * @param total the length of the whole file, or -1 when the server did not say
 */
record ContentRange(long first, long last, long total) {

    private static final Pattern FORMAT = Pattern.compile("\\s*bytes\\s+(\\d{1,18})-(\\d{1,18})/(\\d{1,18}|\\*)\\s*",
            Pattern.CASE_INSENSITIVE);

    /** Parses a header value; empty when it is missing or malformed. */
    static Optional<ContentRange> parse(String headerValue) {
        if (headerValue == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(headerValue);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long first = Long.parseLong(matcher.group(1));
        long last = Long.parseLong(matcher.group(2));
        long total = "*".equals(matcher.group(3)) ? -1 : Long.parseLong(matcher.group(3));
        if (last < first || total >= 0 && last >= total) {
            return Optional.empty();
        }
        return Optional.of(new ContentRange(first, last, total));
    }

    /** The length of the whole file: the stated total, else the end of this range. */
    long knownLength() {
        return total >= 0 ? total : last + 1;
    }
}
