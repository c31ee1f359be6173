package io.github.bpsconnector.core.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hc.core5.http.HttpEntity;

/**
 * Reads a response body into memory under a cap without ever reading much past it: a declared
 * {@code Content-Length} above the cap is refused before the first byte, and a body of unknown length is read at
 * most to cap + 1 bytes.
 */
final class BoundedBody {

    private static final int BUFFER = 8192;

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
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(declared > 0 ? declared : BUFFER, 1 << 20));
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        int n;
        while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, cap + 1 - total))) > 0) {
            out.write(buffer, 0, n);
            total += n;
            if (total > cap) {
                throw tooLarge.refuse("body exceeds the cap of " + cap + " bytes");
            }
        }
        return out.toByteArray();
    }
}
