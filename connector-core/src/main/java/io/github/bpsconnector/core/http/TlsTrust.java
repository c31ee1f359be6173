package io.github.bpsconnector.core.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Which server certificates the transport trusts: the JDK's system trust store, or the certificates of one trust
 * store file (for a portal behind a private CA, or a simulator with a self-signed certificate). There is
 * deliberately no way to trust every certificate.
 *
 * <p>The trust store password is kept as a private copy and never printed.
 */
public final class TlsTrust {

    private static final TlsTrust SYSTEM = new TlsTrust(null, null);

    private final Path trustStore;
    private final char[] password;

    private TlsTrust(Path trustStore, char[] password) {
        this.trustStore = trustStore;
        this.password = password;
    }

    /** Trust what the JDK trusts (its {@code cacerts}, or {@code javax.net.ssl.trustStore} if set). */
    public static TlsTrust system() {
        return SYSTEM;
    }

    /**
     * Trust only the certificates in this trust store file (PKCS#12 or JKS, detected from the file).
     *
     * @param trustStore the trust store file
     * @param password   its password, or {@code null} if it has none; copied, so the caller may clear its array
     */
    public static TlsTrust trustStore(Path trustStore, char[] password) {
        Objects.requireNonNull(trustStore, "trustStore");
        return new TlsTrust(trustStore, password == null ? null : password.clone());
    }

    /** The trust store file, or {@code null} for the system trust store. */
    public Path trustStorePath() {
        return trustStore;
    }

    /**
     * Builds the TLS context for this trust.
     *
     * @throws IllegalArgumentException when the trust store file cannot be read or opened (the message names the
     *                                  file, never the password)
     */
    public SSLContext sslContext() {
        try {
            if (trustStore == null) {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, null, null);
                return context;
            }
            if (!Files.isReadable(trustStore)) {
                throw new IllegalArgumentException("trust store is not a readable file: " + trustStore);
            }
            KeyStore store = KeyStore.getInstance(trustStore.toFile(), password);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot open trust store " + trustStore + ": "
                    + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TlsTrust other && Objects.equals(trustStore, other.trustStore)
                && Arrays.equals(password, other.password);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(trustStore);
    }

    @Override
    public String toString() {
        return trustStore == null ? "system trust store"
                : "trust store " + trustStore + " (password " + (password == null ? "none" : "[redacted]") + ")";
    }
}
