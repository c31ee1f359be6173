package io.github.bpsconnector.core.session;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;

/**
 * Reads the credentials from a UTF-8 properties file at each login, by default with the keys
 * {@code <portal>.username} and {@code <portal>.password}. The file must be accessible by its owner only
 * ({@code chmod 600}) on file systems with POSIX permissions; otherwise it is refused with an
 * {@link InsecureFileException} before it is read. A missing or blank key is a {@link CredentialsException} naming
 * the key and the file, never a value.
 */
public final class PropertiesFileCredentialsProvider implements CredentialsProvider {

    private final Path file;
    private final String usernameKey;
    private final String passwordKey;

    public PropertiesFileCredentialsProvider(Path file, String usernameKey, String passwordKey) {
        this.file = Objects.requireNonNull(file, "file");
        this.usernameKey = Objects.requireNonNull(usernameKey, "usernameKey");
        this.passwordKey = Objects.requireNonNull(passwordKey, "passwordKey");
    }

    /** Reads the keys {@code <portal>.username} and {@code <portal>.password} of {@code file}. */
    public static PropertiesFileCredentialsProvider forPortal(Path file, String portal) {
        return new PropertiesFileCredentialsProvider(file, portal + ".username", portal + ".password");
    }

    @Override
    public Credentials get() {
        Properties properties = load();
        try {
            return Credentials.ofText(require(properties, usernameKey), require(properties, passwordKey));
        } finally {
            properties.clear();
        }
    }

    private Properties load() {
        try {
            OwnerOnlyFiles.requireOwnerOnly(file, CredentialsException.CONTEXT);
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        } catch (NoSuchFileException e) {
            throw new CredentialsException("credentials file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new CredentialsException("credentials file " + file + " cannot be read", e);
        } catch (IllegalArgumentException e) {
            // Properties.load on a malformed \\uXXXX escape; its message may quote the file's content
            throw new CredentialsException("credentials file " + file + " is not a valid properties file");
        }
    }

    private String require(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new CredentialsException("key " + key + " is missing or blank in credentials file " + file);
        }
        return value;
    }

    @Override
    public String toString() {
        return "PropertiesFileCredentialsProvider[" + file + ", " + usernameKey + ", " + passwordKey + "]";
    }
}
