package io.github.bpsconnector.core.file;

import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.FileRejectedException;
import io.github.bpsconnector.core.error.PortalChangedException;
import io.github.bpsconnector.core.error.PortalException;
import io.github.bpsconnector.core.error.PortalUnavailableException;
import io.github.bpsconnector.core.http.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads a file over an {@link HttpExchange} into a folder, with bounded memory and nothing half-written.
 *
 * <p>For each download it:
 * <ol>
 *   <li>sends {@code GET} and refuses a non-2xx answer with a typed exception (see below);</li>
 *   <li>refuses, before reading the body, an answer whose {@code Content-Length} (or {@code Content-Range} total)
 *       is over the size cap, and aborts a body that grows past the cap while it is read;</li>
 *   <li>streams the body through one fixed buffer into a part file <em>in the target folder</em>, computing its
 *       SHA-256 on the way, then flushes it to the storage device;</li>
 *   <li>claims the final name with {@code CREATE_NEW} ({@link TargetFolder#claim}: the sanitised
 *       {@code Content-Disposition} name, else the last segment of the URI path, else a generated name; an
 *       existing file gets {@code name (1).ext} instead of being replaced) and atomically renames the part file
 *       over its own placeholder.</li>
 * </ol>
 * On any failure the part file is deleted, except as described for resume.
 *
 * <p><b>Resume</b> ({@link Builder#resume(int)}): when the connection drops in the middle of the body, the part file
 * is kept and the download goes on with {@code Range: bytes=<have>-} (and {@code If-Range} with the first answer's
 * strong {@code ETag} or {@code Last-Modified}). A {@code 206} whose {@code Content-Range} starts at {@code have}
 * is appended; a {@code 200} (the server ignored the range, or the file changed) starts again from zero; a
 * {@code 206} for another range starts again from zero too. The SHA-256 always covers the whole file: on resume
 * the bytes already on disk are hashed first. With resume on, the part file is named from the URI
 * ({@code .bps-<hash>.part} in the target folder) and survives a failure that may pass (interrupted body,
 * unreachable portal, 5xx, 429), so a later download of the same URI into the same folder continues it; any other
 * failure deletes it. With resume off, the part file has a random name and is deleted on every failure. The stored
 * name and content type come from the answers of the call that completes the file (servers repeat
 * {@code Content-Disposition} on {@code 206}); a part file does not remember them.
 *
 * <p>A refused or unusable body is never read to its end: the request is cancelled, which closes the connection
 * (HttpClient would otherwise drain the rest of the body when the response is closed).
 *
 * <p><b>Errors</b>: 4xx (other than 429) {@code PortalRejectedException}; 429 {@code RateLimitedException}; 5xx
 * {@code PortalUnavailableException}; transport failure or a body cut short {@code PortalUnavailableException};
 * over the size cap {@code FileRejectedException} ({@code SIZE}); the folder or part file cannot be written
 * {@code FileRejectedException} ({@code IO}); a {@code 206} for the wrong range when no resume is left
 * {@code PortalChangedException}. Each carries the caller's {@link ErrorContext} with the HTTP status.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class FileDownloader {

    /** The default size cap: 100 MiB. */
    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;

    static final int BUFFER_SIZE = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(FileDownloader.class);
    private static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

    private final HttpExchange exchange;
    private final long maxBytes;
    private final int maxResumes;

    private FileDownloader(Builder builder) {
        this.exchange = builder.exchange;
        this.maxBytes = builder.maxBytes;
        this.maxResumes = builder.maxResumes;
    }

    /** A downloader sending its requests through {@code exchange}. */
    public static Builder builder(HttpExchange exchange) {
        return new Builder(exchange);
    }

    /**
     * Downloads {@code uri} into {@code folder}.
     *
     * @param context the portal and operation, for exceptions
     * @param uri     what to {@code GET}
     * @param folder  where to store it; created if missing
     * @return what was stored
     * @throws PortalException as described in the class documentation
     */
    public Download download(ErrorContext context, URI uri, Path folder) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(folder, "folder");
        Transfer transfer = new Transfer(context, uri, openFolder(context, uri, folder));
        return transfer.run();
    }

    private TargetFolder openFolder(ErrorContext context, URI uri, Path folder) {
        try {
            return TargetFolder.of(folder);
        } catch (IOException e) {
            throw new FileRejectedException(context, FileRejectedException.Reason.IO,
                    describe(uri) + " failed: the target folder cannot be used", e);
        }
    }

    private static String describe(URI uri) {
        return "download of " + uri.getRawPath(); // no query: it may carry a token
    }

    /** One call of {@link #download}: its part file and what the answers have told so far. */
    private final class Transfer {
        private final ErrorContext context;
        private final URI uri;
        private final TargetFolder folder;
        private final String what;
        private final byte[] buffer = new byte[BUFFER_SIZE];
        private PartFile part;
        private String validator;
        private String contentType;
        private String originalName;

        Transfer(ErrorContext context, URI uri, TargetFolder folder) {
            this.context = context;
            this.uri = uri;
            this.folder = folder;
            this.what = describe(uri);
        }

        Download run() {
            part = openPart();
            boolean stored = false;
            boolean keepPart = false;
            try {
                Received received = receiveWithResumes();
                Download download = store(received);
                stored = true;
                return download;
            } catch (PortalException e) {
                keepPart = maxResumes > 0 && e.retryable();
                throw e;
            } finally {
                if (!stored) {
                    release(keepPart);
                }
            }
        }

        private PartFile openPart() {
            try {
                return maxResumes > 0 ? PartFile.forResume(folder, uri) : PartFile.temporary(folder);
            } catch (IOException e) {
                throw ioFailure("the part file cannot be opened", e);
            }
        }

        private void release(boolean keepPart) {
            try {
                if (keepPart) {
                    part.close();
                    LOG.info("{} failed; kept {} to resume later", what, part.path().getFileName());
                } else {
                    part.delete();
                }
            } catch (IOException e) {
                LOG.warn("{}: could not clean up {}", what, part.path().getFileName(), e);
            }
        }

        private Received receiveWithResumes() {
            int resumes = 0;
            while (true) {
                try {
                    return attempt();
                } catch (BodyInterrupted e) {
                    if (resumes == maxResumes) {
                        throw new PortalUnavailableException(context, Delivery.OUTCOME_UNKNOWN, what
                                + " was interrupted after " + e.received + " bytes"
                                + (maxResumes > 0 ? " and " + maxResumes + " resumes" : ""), e.getCause());
                    }
                    resumes++;
                    LOG.info("{} interrupted after {} bytes; resuming ({} of {})", what, e.received, resumes,
                            maxResumes);
                } catch (RangeMismatch e) {
                    if (resumes == maxResumes) {
                        throw new PortalChangedException(context.withHttpStatus(HttpStatus.SC_PARTIAL_CONTENT),
                                what + " got the wrong range", e.getMessage(), null);
                    }
                    resumes++;
                    LOG.info("{}: {}; starting again ({} of {})", what, e.getMessage(), resumes, maxResumes);
                } catch (IOException e) {
                    throw PortalFailures.forTransport(context, e, what);
                }
            }
        }

        private Received attempt() throws IOException {
            long have = part.size();
            HttpGet get = new HttpGet(uri);
            if (have > 0) {
                get.setHeader(HttpHeaders.RANGE, "bytes=" + have + "-");
                if (validator != null) {
                    get.setHeader(HttpHeaders.IF_RANGE, validator);
                }
            }
            return exchange.execute(get, response -> receive(get, response, have));
        }

        /**
         * Writes one answer's body into the part file. Idempotent for a given request (it first cuts the part file
         * back to where the request started), so a transport that re-runs the handler does no harm.
         */
        private Received receive(HttpGet get, ClassicHttpResponse response, long requestedFrom) {
            int status = response.getCode();
            if (status < 200 || status >= 300) {
                get.cancel(); // an error body is not read: it could be endless
                throw PortalFailures.forStatus(context, response, what);
            }
            long offset = 0;
            long expectedLength = -1;
            HttpEntity entity = response.getEntity();
            if (status == HttpStatus.SC_PARTIAL_CONTENT) {
                ContentRange range = ContentRange.parse(headerValue(response, HttpHeaders.CONTENT_RANGE))
                        .filter(r -> r.first() == requestedFrom)
                        .orElse(null);
                if (range == null) {
                    get.cancel(); // do not read a body we cannot use
                    resetPart(0);
                    throw new RangeMismatch("asked for bytes from " + requestedFrom + ", got Content-Range "
                            + headerValue(response, HttpHeaders.CONTENT_RANGE));
                }
                offset = requestedFrom;
                expectedLength = range.knownLength();
            } else if (entity != null && entity.getContentLength() >= 0) {
                expectedLength = entity.getContentLength();
            }
            if (expectedLength > maxBytes) {
                get.cancel();
                throw tooLarge("announces " + ByteSizes.describe(expectedLength));
            }
            resetPart(offset);
            rememberMetadata(response, entity);
            MessageDigest digest = offset == 0 ? Sha256.newDigest() : hashOfPart();
            long size = copyBody(get, entity, digest, offset);
            if (expectedLength >= 0 && size != expectedLength) {
                throw new BodyInterrupted(size, new IOException("body ended after " + size + " of "
                        + expectedLength + " bytes"));
            }
            syncPart();
            return new Received(size, HexFormat.of().formatHex(digest.digest()));
        }

        private long copyBody(HttpGet get, HttpEntity entity, MessageDigest digest, long offset) {
            long size = offset;
            InputStream body = openBody(entity, size);
            // The body stream is not closed here: closing it would read the rest of the body. The client releases
            // or discards the connection when the handler returns or throws.
            while (true) {
                int read;
                try {
                    read = body.read(buffer);
                } catch (IOException e) {
                    throw new BodyInterrupted(size, e);
                }
                if (read < 0) {
                    return size;
                }
                if (size + read > maxBytes) {
                    get.cancel();
                    throw tooLarge("sent more than that");
                }
                writePart(read);
                digest.update(buffer, 0, read);
                size += read;
            }
        }

        private InputStream openBody(HttpEntity entity, long received) {
            if (entity == null) {
                return InputStream.nullInputStream();
            }
            try {
                return entity.getContent();
            } catch (IOException e) {
                throw new BodyInterrupted(received, e);
            }
        }

        private void rememberMetadata(ClassicHttpResponse response, HttpEntity entity) {
            ContentDisposition.parse(headerValue(response, HttpHeaders.CONTENT_DISPOSITION))
                    .fileName()
                    .ifPresent(name -> originalName = name);
            String declaredType = entity == null ? null : entity.getContentType();
            if (declaredType != null && !declaredType.isBlank()) {
                ContentType parsed = ContentType.parseLenient(declaredType);
                if (parsed != null) {
                    contentType = parsed.getMimeType();
                }
            }
            String etag = headerValue(response, HttpHeaders.ETAG);
            String lastModified = headerValue(response, HttpHeaders.LAST_MODIFIED);
            if (etag != null && !etag.startsWith("W/")) {
                validator = etag; // If-Range allows only a strong validator
            } else if (lastModified != null) {
                validator = lastModified;
            }
        }

        private Download store(Received received) {
            String type = contentType == null ? DEFAULT_CONTENT_TYPE : contentType;
            String safeName = SafeFileName.sanitize(originalName).orElseGet(() -> nameFromUri(type));
            Path target;
            try {
                target = folder.claim(safeName);
            } catch (IOException e) {
                throw ioFailure("no file name could be claimed", e);
            }
            try {
                part.moveOver(target);
            } catch (IOException e) {
                deleteQuietly(target);
                throw ioFailure("the file could not be moved to its name", e);
            }
            LOG.debug("{}: stored {} bytes as {}", what, received.size, target.getFileName());
            return new Download(originalName, target, type, received.size, received.sha256);
        }

        /** The last segment of the URI path, with an extension from the content type if it has none. */
        private String nameFromUri(String type) {
            String path = uri.getPath() == null ? "" : uri.getPath();
            return SafeFileName.sanitize(path.substring(path.lastIndexOf('/') + 1))
                    .map(name -> SafeFileName.hasExtension(name) || DEFAULT_CONTENT_TYPE.equals(type)
                            ? name
                            : SafeFileName.sanitizeOrGenerate(name + "." + SafeFileName.extensionFor(type), type))
                    .orElseGet(() -> SafeFileName.generate(type));
        }

        private MessageDigest hashOfPart() {
            try {
                return part.digestOfContent(buffer);
            } catch (IOException e) {
                throw ioFailure("the part file cannot be read", e);
            }
        }

        private void resetPart(long length) {
            try {
                part.truncate(length);
            } catch (IOException e) {
                throw ioFailure("the part file cannot be written", e);
            }
        }

        private void writePart(int length) {
            try {
                part.write(buffer, length);
            } catch (IOException e) {
                throw ioFailure("the part file cannot be written", e);
            }
        }

        private void syncPart() {
            try {
                part.sync();
            } catch (IOException e) {
                throw ioFailure("the part file cannot be flushed", e);
            }
        }

        private FileRejectedException tooLarge(String detail) {
            return new FileRejectedException(context, FileRejectedException.Reason.SIZE,
                    what + " refused: the file " + detail + ", over the limit of " + ByteSizes.describe(maxBytes),
                    null);
        }

        private FileRejectedException ioFailure(String detail, IOException cause) {
            return new FileRejectedException(context, FileRejectedException.Reason.IO, what + " failed: " + detail,
                    cause);
        }
    }

    private static String headerValue(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warn("could not delete {}", path.getFileName(), e);
        }
    }

    /** The outcome of the attempt that completed the file. */
    private record Received(long size, String sha256) {
    }

    /** The body broke off; {@code received} bytes are in the part file. Unchecked so no transport retries it. */
    private static final class BodyInterrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long received;

        BodyInterrupted(long received, IOException cause) {
            super(cause.getMessage(), cause, false, false);
            this.received = received;
        }
    }

    /** A {@code 206} for a range that was not asked for; the part file was emptied. */
    private static final class RangeMismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RangeMismatch(String message) {
            super(message, null, false, false);
        }
    }

    /** Configures a {@link FileDownloader}. */
    public static final class Builder {
        private final HttpExchange exchange;
        private long maxBytes = DEFAULT_MAX_BYTES;
        private int maxResumes;

        private Builder(HttpExchange exchange) {
            this.exchange = Objects.requireNonNull(exchange, "exchange");
        }

        /** The largest file accepted, in bytes; {@link #DEFAULT_MAX_BYTES} unless set. */
        public Builder maxBytes(long maxBytes) {
            if (maxBytes < 0) {
                throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
            }
            this.maxBytes = maxBytes;
            return this;
        }

        /**
         * Turns resume on: after an interrupted body, continue with a {@code Range} request up to
         * {@code maxResumes} times per download, and keep the part file across failures that may pass. 0 (the
         * default) turns it off.
         */
        public Builder resume(int maxResumes) {
            if (maxResumes < 0) {
                throw new IllegalArgumentException("maxResumes must not be negative: " + maxResumes);
            }
            this.maxResumes = maxResumes;
            return this;
        }

        /** The downloader. */
        public FileDownloader build() {
            return new FileDownloader(this);
        }
    }
}
