package io.github.bpsconnector.core.http;

/**
 * What kind of body a request expects back. It chooses the size cap the body is read under
 * ({@link HttpSettings#maxBytes(BodyKind)}).
 */
public enum BodyKind {
    /** An HTML page. */
    HTML,
    /** A JSON document. */
    JSON,
    /** Any other content, read into memory (use {@link HttpExchange} to stream large files instead). */
    BINARY
}
