package io.github.bpsconnector.romantik.login;

import io.github.bpsconnector.core.error.AuthenticationException;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.session.Authenticator;
import io.github.bpsconnector.core.session.PastedSession;
import io.github.bpsconnector.core.session.Session;
import io.github.bpsconnector.romantik.RomantikProfile;
import java.util.Objects;

/**
 * Mode 3: a session from a manual browser login (for captcha or OTP cases). The user copies the session cookie's
 * value (or a whole {@code Cookie} header); it is never logged. The client cannot log in again by itself: when the
 * session ends, {@link #authenticator()} refuses with {@link AuthenticationException} asking for a new one.
 */
public final class ImportedSession {

    private ImportedSession() {
    }

    /**
     * A session holding the pasted cookie(s).
     *
     * @param profile the profile (base URL and session cookie name)
     * @param pasted the session cookie's value, or a {@code Cookie} header ({@code name=value; ...})
     */
    public static Session of(RomantikProfile profile, String pasted) {
        Objects.requireNonNull(pasted, "pasted");
        PastedSession builder = PastedSession.forPortal(profile.baseUrl());
        String trimmed = pasted.strip();
        if (trimmed.contains("=")) {
            builder.cookies(trimmed);
        } else {
            builder.cookie(profile.sessionCookie(), trimmed);
        }
        return builder.build();
    }

    /** The authenticator for an imported session: it never logs in, it asks the user for a new session. */
    public static Authenticator authenticator() {
        return fresh -> {
            throw new AuthenticationException(ErrorContext.of("romantik", "login.imported"),
                    "login.imported: the imported Romantik session has ended; log in with a browser again and "
                            + "import the new session cookie");
        };
    }
}
