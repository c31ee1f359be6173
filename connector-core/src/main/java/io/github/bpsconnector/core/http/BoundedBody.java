package io.github.bpsconnector.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.hc.core5.http.HttpEntity;

/**
 * Reads a response body into memory under a cap without ever reading much past it: a declared
 * {@code Content-Length} above the cap is refused before the first byte, and a body of unknown length is read at
 * most to cap + 1 bytes.
 */
final class BoundedBody {

    private static final int UNKNOWN_LENGTH_START = 2048;
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    /** What happens when the body is too large: discard the connection and throw. */
    @FunctionalInterface
    interface TooLarge {
        RuntimeException refuse(String what);
    }

    private BoundedBody() {
    }

    static byte[] read(HttpEntity entity, long cap, TooLarge tooLarge) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        long declared = entity.getContentLength();
        if (declared > cap) {
            throw tooLarge.refuse("Content-Length " + declared + " exceeds the cap of " + cap + " bytes");
        }
        // the stream is not closed here: closing drains it; HttpClient releases the connection after the handler
        InputStream in = entity.getContent();
        // read straight into the result: sized by Content-Length when declared, else small and doubled as needed
        byte[] body = new byte[(int) Math.min(declared >= 0 ? declared : UNKNOWN_LENGTH_START, MAX_ARRAY)];
        int count = 0;
        while (true) {
            if (count == body.length) {
                int next = in.read(); // a full array: is there more?
                if (next < 0) {
                    return body;
                }
                if (count + 1L > cap || count == MAX_ARRAY) {
                    throw tooLarge.refuse("body exceeds the cap of " + cap + " bytes");
                }
                body = Arrays.copyOf(body, (int) Math.min(Math.min(Math.max(2L * count, UNKNOWN_LENGTH_START),
                        cap + 1), MAX_ARRAY));
                body[count++] = (byte) next;
                continue;
            }
            int n = in.read(body, count, (int) Math.min(body.length - count, cap + 1 - count));
            if (n < 0) {
                return Arrays.copyOf(body, count);
            }
            count += n;
            if (count > cap) {
                throw tooLarge.refuse("body exceeds the cap of " + cap + " bytes");
            }
        }
    }
}
