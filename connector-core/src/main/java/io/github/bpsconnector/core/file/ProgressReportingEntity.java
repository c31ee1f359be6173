package io.github.bpsconnector.core.file;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;

/** An entity that tells a {@link ProgressListener} how much of it has been written. */
final class ProgressReportingEntity extends HttpEntityWrapper {

    private final ProgressListener listener;

    ProgressReportingEntity(HttpEntity wrapped, ProgressListener listener) {
        super(wrapped);
        this.listener = listener;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        super.writeTo(new CountingStream(out, getContentLength(), listener));
    }

    private static final class CountingStream extends FilterOutputStream {
        private final long total;
        private final ProgressListener listener;
        private long sent;

        CountingStream(OutputStream out, long total, ProgressListener listener) {
            super(out);
            this.total = total;
            this.listener = listener;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            advance(1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            advance(len);
        }

        private void advance(int count) {
            sent += count;
            listener.progressed(sent, total);
        }
    }
}
