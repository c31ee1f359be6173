package io.github.bpsconnector.core.file;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;

/**
 * Builds a {@code multipart/form-data} body of text fields and checked files. Files are streamed from disk when the
 * body is written, never loaded whole, and the body is repeatable (it can be written again for a retry). A
 * {@link ProgressListener} hears how much has been written.
 *
 * <pre>{@code
 * HttpPost post = new HttpPost(uri);
 * post.setEntity(MultipartUpload.builder()
 *         .text("_token", csrfToken)
 *         .file("berkas", UploadFile.check(context, path, 5 * 1024 * 1024, FileType.PDF))
 *         .progress((sent, total) -> log.debug("{} of {} bytes", sent, total))
 *         .build());
 * }</pre>
 */
public final class MultipartUpload {

    private static final ContentType TEXT = ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8);

    private MultipartUpload() {
    }

    /** A new, empty form. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parts of one form, in order. */
    public static final class Builder {
        // Written as browsers write forms: file names as raw UTF-8 in filename="..." (plus filename*), which is what
        // PHP and most servers read. HttpClient's STRICT mode would write '?' for non-ASCII, EXTENDED would
        // percent-encode filename="..." and the server would keep the %-escapes in the name.
        private final MultipartEntityBuilder parts = MultipartEntityBuilder.create()
                .setMode(HttpMultipartMode.LEGACY)
                .setCharset(StandardCharsets.UTF_8)
                .setContentType(ContentType.create("multipart/form-data"));
        private ProgressListener listener = ProgressListener.NONE;

        private Builder() {
        }

        /** Adds a text field, sent as UTF-8. */
        public Builder text(String name, String value) {
            parts.addTextBody(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"), TEXT);
            return this;
        }

        /** Adds a file field: the file's content with its type's media type and its safe name. */
        public Builder file(String name, UploadFile file) {
            Objects.requireNonNull(name, "name");
            parts.addBinaryBody(name, file.path().toFile(), ContentType.create(file.type().mimeType()),
                    file.fileName());
            return this;
        }

        /** Who is told of the progress while the body is written; none unless set. */
        public Builder progress(ProgressListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** The body, ready for {@code HttpPost.setEntity}. */
        public HttpEntity build() {
            return new ProgressReportingEntity(parts.build(), listener);
        }
    }
}
