package io.github.bpsconnector.core.session;

import java.nio.file.Path;

/**
 * Supplies the credentials of one portal account when a client has to log in. Called for each login, so a changed
 * password file or environment is picked up at the next login. The caller closes the returned credentials after
 * use.
 */
@FunctionalInterface
public interface CredentialsProvider {

    /**
     * The credentials to log in with, as new {@link Credentials} the caller closes.
     *
     * @throws CredentialsException   when they cannot be found (a missing variable or key, an unreadable file)
     * @throws InsecureFileException when they would come from a file that others may read
     */
    Credentials get();

    /** Always the given credentials (a copy of the password is kept; the caller may clear its array). */
    static CredentialsProvider of(String username, char[] password) {
        return new StaticCredentialsProvider(username, password);
    }

    /**
     * From the environment variables {@code BPS_<PORTAL>_USER} and {@code BPS_<PORTAL>_PASSWORD}, e.g.
     * {@code BPS_ROMANTIK_USER}.
     */
    static CredentialsProvider fromEnvironment(String portal) {
        return EnvironmentCredentialsProvider.forPortal(portal);
    }

    /**
     * From the properties file {@code file} with the keys {@code <portal>.username} and {@code <portal>.password},
     * e.g. {@code romantik.username}. The file must be readable by its owner only.
     */
    static CredentialsProvider fromPropertiesFile(Path file, String portal) {
        return PropertiesFileCredentialsProvider.forPortal(file, portal);
    }
}
