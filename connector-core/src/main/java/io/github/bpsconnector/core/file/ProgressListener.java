package io.github.bpsconnector.core.file;

/**
 * Told how much of a request body has been written. Called on the thread that sends the request, after each chunk;
 * the last call has {@code bytesSent == total} when the length is known. If the body is sent again (a retry), the
 * count starts again from 0.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = (bytesSent, total) -> { };

    /**
     * @param bytesSent the bytes of the body written so far
     * @param total     the length of the whole body, or -1 when unknown
     */
    void progressed(long bytesSent, long total);
}
