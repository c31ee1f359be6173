package io.github.bpsconnector.core.session;

import java.time.Instant;
import java.util.Objects;

/**
 * A session read back by {@link SessionStore}, with what was saved beside it.
 *
 * @param label   what the session is for, e.g. {@code "indah walidata@jemberkab"}; not a secret
 * @param savedAt when it was saved
 * @param session the restored session
 */
public record SavedSession(String label, Instant savedAt, Session session) {

    public SavedSession {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(session, "session");
    }
}
