package io.github.bpsconnector.core.session;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * A portal account: a user name and a password kept in a {@code char[]} so that it can be wiped from memory.
 *
 * <p>The password is never part of {@link #toString()}, has no {@code equals}/{@code hashCode} and is handed out
 * only as a copy that the caller clears: through {@link #withPassword(Function)}, which clears the copy itself, or
 * {@link #copyPassword()}. {@link #close()} overwrites the password; afterwards the credentials can no longer be
 * used. Thread-safe.
 */
public final class Credentials implements AutoCloseable {

    private final String username;
    private final char[] password;
    private boolean closed;

    private Credentials(String username, char[] password) {
        this.username = username;
        this.password = password;
    }

    /**
     * Credentials holding a copy of {@code password}; the caller may (and should) clear its own array afterwards.
     *
     * @throws IllegalArgumentException if the user name is blank or the password empty
     */
    public static Credentials of(String username, char[] password) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (username.isBlank()) {
            throw new IllegalArgumentException("username is blank");
        }
        if (password.length == 0) {
            throw new IllegalArgumentException("password is empty");
        }
        return new Credentials(username, password.clone());
    }

    /**
     * Credentials from text read from a configuration source (environment, properties file). The strings
     * themselves cannot be wiped; the copy made here can. The user name is stripped of surrounding blanks.
     */
    static Credentials ofText(String username, String password) {
        char[] chars = password.toCharArray();
        try {
            return of(username.strip(), chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** The user name. Not a secret, but still only logged where needed. */
    public String username() {
        return username;
    }

    /**
     * Runs {@code use} with a copy of the password and clears the copy when it returns or throws. {@code use} must
     * not keep the array.
     *
     * @throws IllegalStateException if these credentials were closed
     */
    public <T> T withPassword(Function<char[], T> use) {
        char[] copy = copyPassword();
        try {
            return use.apply(copy);
        } finally {
            Arrays.fill(copy, '\0');
        }
    }

    /**
     * A fresh copy of the password. The caller owns it and must clear it ({@code Arrays.fill(copy, '\0')}) when
     * done; prefer {@link #withPassword(Function)}, which does that.
     *
     * @throws IllegalStateException if these credentials were closed
     */
    public synchronized char[] copyPassword() {
        if (closed) {
            throw new IllegalStateException("credentials of " + username + " were closed");
        }
        return password.clone();
    }

    /** Whether {@link #close()} has wiped the password. */
    public synchronized boolean isClosed() {
        return closed;
    }

    /** Overwrites the password. Idempotent. */
    @Override
    public synchronized void close() {
        Arrays.fill(password, '\0');
        closed = true;
    }

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password=****]";
    }
}
