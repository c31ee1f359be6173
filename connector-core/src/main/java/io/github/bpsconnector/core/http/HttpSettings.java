package io.github.bpsconnector.core.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the transport of one portal client talks HTTP: timeouts, connection pool, identity, proxy, body size caps
 * and TLS trust. Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}.
 *
 * <table>
 * <caption>Defaults</caption>
 * <tr><th>Setting</th><th>Default</th></tr>
 * <tr><td>connectTimeout</td><td>10 s</td></tr>
 * <tr><td>socketTimeout (idle time between two reads)</td><td>30 s</td></tr>
 * <tr><td>responseTimeout (wait for the response, and between reads of it)</td><td>30 s</td></tr>
 * <tr><td>poolMaxTotal / poolMaxPerRoute</td><td>20 / 4</td></tr>
 * <tr><td>poolLeaseTimeout</td><td>10 s</td></tr>
 * <tr><td>userAgent</td><td>{@value #DEFAULT_USER_AGENT}</td></tr>
 * <tr><td>proxy</td><td>none</td></tr>
 * <tr><td>maxHtmlBytes / maxJsonBytes / maxBinaryBytes</td><td>5 MiB / 10 MiB / 64 MiB</td></tr>
 * <tr><td>maxRedirects</td><td>10</td></tr>
 * <tr><td>tlsTrust</td><td>the system trust store</td></tr>
 * </table>
 *
 * @param connectTimeout   time to open a TCP connection (and finish the TLS handshake)
 * @param socketTimeout    longest silence between two reads on an open connection outside a request (TLS
 *                         handshake, connection checks)
 * @param responseTimeout  longest wait for the response and between two reads of its body; while a request
 *                         runs it replaces the socket timeout
 * @param poolMaxTotal     most connections open at once
 * @param poolMaxPerRoute  most connections to one host at once
 * @param poolLeaseTimeout longest wait for a free pooled connection
 * @param userAgent        the {@code User-Agent} sent
 * @param proxy            the HTTP proxy, e.g. {@code http://proxy.local:3128}, or {@code null} for none
 * @param maxHtmlBytes     largest HTML body read into memory
 * @param maxJsonBytes     largest JSON body read into memory
 * @param maxBinaryBytes   largest binary body read into memory (streamed downloads have their own cap)
 * @param maxRedirects     most redirects followed for one request in {@link RedirectMode#FOLLOW}
 * @param tlsTrust         which server certificates are trusted
 */
public record HttpSettings(
        Duration connectTimeout,
        Duration socketTimeout,
        Duration responseTimeout,
        int poolMaxTotal,
        int poolMaxPerRoute,
        Duration poolLeaseTimeout,
        String userAgent,
        URI proxy,
        long maxHtmlBytes,
        long maxJsonBytes,
        long maxBinaryBytes,
        int maxRedirects,
        TlsTrust tlsTrust) {

    /** The default {@code User-Agent}. */
    public static final String DEFAULT_USER_AGENT = "bps-connector/0.1 (+https://github.com/bpsconnector)";

    private static final long MIB = 1024L * 1024L;
    /** A body read into memory is at most 1 GiB; larger files are streamed through {@link HttpExchange}. */
    private static final long MAX_IN_MEMORY = 1024 * MIB;

    /** Checks every value; a wrong one is an {@link IllegalArgumentException} naming the setting. */
    public HttpSettings {
        positive(connectTimeout, "connectTimeout");
        positive(socketTimeout, "socketTimeout");
        positive(responseTimeout, "responseTimeout");
        positive(poolLeaseTimeout, "poolLeaseTimeout");
        atLeast(poolMaxTotal, 1, "poolMaxTotal");
        atLeast(poolMaxPerRoute, 1, "poolMaxPerRoute");
        if (poolMaxPerRoute > poolMaxTotal) {
            throw new IllegalArgumentException("poolMaxPerRoute must not exceed poolMaxTotal");
        }
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
        if (proxy != null && (proxy.getHost() == null || !"http".equalsIgnoreCase(proxy.getScheme())
                || proxy.getRawUserInfo() != null)) {
            throw new IllegalArgumentException("proxy must be an http://host:port URI without credentials");
        }
        inMemoryCap(maxHtmlBytes, "maxHtmlBytes");
        inMemoryCap(maxJsonBytes, "maxJsonBytes");
        inMemoryCap(maxBinaryBytes, "maxBinaryBytes");
        atLeast(maxRedirects, 0, "maxRedirects");
        Objects.requireNonNull(tlsTrust, "tlsTrust");
    }

    /** The settings with every default. */
    public static HttpSettings defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The cap for a body of this kind. */
    public long maxBytes(BodyKind kind) {
        return switch (kind) {
            case HTML -> maxHtmlBytes;
            case JSON -> maxJsonBytes;
            case BINARY -> maxBinaryBytes;
        };
    }

    private static void positive(Duration d, String name) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }

    private static void inMemoryCap(long value, String name) {
        if (value < 1 || value > MAX_IN_MEMORY) {
            throw new IllegalArgumentException(name + " must be between 1 and " + MAX_IN_MEMORY + " bytes");
        }
    }

    private static void atLeast(long value, long min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min);
        }
    }

    /** Builds {@link HttpSettings}; starts from the defaults. Not thread-safe. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration socketTimeout = Duration.ofSeconds(30);
        private Duration responseTimeout = Duration.ofSeconds(30);
        private int poolMaxTotal = 20;
        private int poolMaxPerRoute = 4;
        private Duration poolLeaseTimeout = Duration.ofSeconds(10);
        private String userAgent = DEFAULT_USER_AGENT;
        private URI proxy;
        private long maxHtmlBytes = 5 * MIB;
        private long maxJsonBytes = 10 * MIB;
        private long maxBinaryBytes = 64 * MIB;
        private int maxRedirects = 10;
        private TlsTrust tlsTrust = TlsTrust.system();

        private Builder() {
        }

        private Builder(HttpSettings s) {
            connectTimeout = s.connectTimeout;
            socketTimeout = s.socketTimeout;
            responseTimeout = s.responseTimeout;
            poolMaxTotal = s.poolMaxTotal;
            poolMaxPerRoute = s.poolMaxPerRoute;
            poolLeaseTimeout = s.poolLeaseTimeout;
            userAgent = s.userAgent;
            proxy = s.proxy;
            maxHtmlBytes = s.maxHtmlBytes;
            maxJsonBytes = s.maxJsonBytes;
            maxBinaryBytes = s.maxBinaryBytes;
            maxRedirects = s.maxRedirects;
            tlsTrust = s.tlsTrust;
        }

        /** Time to open a connection, TLS handshake included. */
        public Builder connectTimeout(Duration value) {
            connectTimeout = value;
            return this;
        }

        /** Longest silence between two reads on an open connection. */
        public Builder socketTimeout(Duration value) {
            socketTimeout = value;
            return this;
        }

        /** Longest wait for the response and between reads of its body. */
        public Builder responseTimeout(Duration value) {
            responseTimeout = value;
            return this;
        }

        /** Most connections open at once. */
        public Builder poolMaxTotal(int value) {
            poolMaxTotal = value;
            return this;
        }

        /** Most connections to one host at once. */
        public Builder poolMaxPerRoute(int value) {
            poolMaxPerRoute = value;
            return this;
        }

        /** Longest wait for a free pooled connection. */
        public Builder poolLeaseTimeout(Duration value) {
            poolLeaseTimeout = value;
            return this;
        }

        /** The {@code User-Agent} sent. */
        public Builder userAgent(String value) {
            userAgent = value;
            return this;
        }

        /** The HTTP proxy ({@code http://host:port}), or {@code null} for none. */
        public Builder proxy(URI value) {
            proxy = value;
            return this;
        }

        /** Largest HTML body read into memory. */
        public Builder maxHtmlBytes(long value) {
            maxHtmlBytes = value;
            return this;
        }

        /** Largest JSON body read into memory. */
        public Builder maxJsonBytes(long value) {
            maxJsonBytes = value;
            return this;
        }

        /** Largest binary body read into memory. */
        public Builder maxBinaryBytes(long value) {
            maxBinaryBytes = value;
            return this;
        }

        /** Most redirects followed for one request. */
        public Builder maxRedirects(int value) {
            maxRedirects = value;
            return this;
        }

        /** Which server certificates are trusted. */
        public Builder tlsTrust(TlsTrust value) {
            tlsTrust = value;
            return this;
        }

        /** The settings; {@link IllegalArgumentException} names a wrong value. */
        public HttpSettings build() {
            return new HttpSettings(connectTimeout, socketTimeout, responseTimeout, poolMaxTotal, poolMaxPerRoute,
                    poolLeaseTimeout, userAgent, proxy, maxHtmlBytes, maxJsonBytes, maxBinaryBytes, maxRedirects,
                    tlsTrust);
        }
    }
}
