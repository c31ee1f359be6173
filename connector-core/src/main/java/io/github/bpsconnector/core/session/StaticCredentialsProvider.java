package io.github.bpsconnector.core.session;

/**
 * Gives fixed credentials, for programs that obtain the password themselves (a secret manager, a prompt). Each
 * {@link #get()} returns a new copy that the caller closes.
 */
public final class StaticCredentialsProvider implements CredentialsProvider {

    private final Credentials credentials;

    /** Keeps a copy of {@code password}; the caller may clear its array afterwards. */
    public StaticCredentialsProvider(String username, char[] password) {
        this.credentials = Credentials.of(username, password);
    }

    @Override
    public Credentials get() {
        return credentials.withPassword(password -> Credentials.of(credentials.username(), password));
    }

    @Override
    public String toString() {
        return "StaticCredentialsProvider[username=" + credentials.username() + "]";
    }
}
