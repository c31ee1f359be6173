package io.github.bpsconnector.core.http;

/** What the transport does with a {@code 3xx} answer. */
public enum RedirectMode {
    /**
     * Follow it as a browser does, up to {@link HttpSettings#maxRedirects()}: {@code 303}, and {@code 301}/{@code 302}
     * after anything but {@code GET}/{@code HEAD}, continue as a {@code GET} without body; {@code 307}/{@code 308}
     * repeat the method and body.
     */
    FOLLOW,
    /** Return the {@code 3xx} answer, so that a login flow can walk the redirects itself. */
    MANUAL
}
