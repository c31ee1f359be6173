package io.github.bpsconnector.core.session;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.hc.client5.http.cookie.Cookie;
import org.apache.hc.client5.http.impl.cookie.BasicClientCookie;

/**
 * Builds a session from what a user copied out of a browser after logging in by hand: a {@code Cookie} header
 * or a single {@code name=value} cookie (e.g. a Romantik session cookie), and/or a bearer token (e.g. an INDAH
 * token). The cookies are bound to the portal's host, path {@code /}, and marked secure for an {@code https}
 * portal; they have no expiry (the portal decides when the session ends).
 *
 * <pre>{@code
 * Session session = PastedSession.forPortal(URI.create("https://romantik.web.bps.go.id"))
 *         .cookies("PHPSESSID=...; XSRF-TOKEN=...")
 *         .build();
 * }</pre>
 *
 * Errors name the position of a bad cookie, never its value.
 */
public final class PastedSession {

    private final String host;
    private final boolean secure;
    private final List<Cookie> cookies = new ArrayList<>();
    private String bearerToken;
    private String csrfToken;
    private Clock clock = Clock.systemUTC();

    private PastedSession(URI portal) {
        Objects.requireNonNull(portal, "portal");
        if (portal.getHost() == null) {
            throw new IllegalArgumentException("portal URI has no host: " + portal);
        }
        this.host = portal.getHost().toLowerCase(Locale.ROOT);
        this.secure = "https".equalsIgnoreCase(portal.getScheme());
    }

    /** Starts a session for the portal at {@code portal} (only its scheme and host are used). */
    public static PastedSession forPortal(URI portal) {
        return new PastedSession(portal);
    }

    /**
     * Adds the cookies of a pasted {@code Cookie} header: {@code name=value}, or several separated by {@code ;},
     * optionally starting with {@code Cookie:}.
     *
     * @throws IllegalArgumentException if a part is not {@code name=value}
     */
    public PastedSession cookies(String pasted) {
        String[] parts = stripPrefix(pasted.strip(), "Cookie:").split(";");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty()) {
                continue;
            }
            int equals = part.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("pasted cookie " + (i + 1) + " is not name=value");
            }
            cookie(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
        }
        return this;
    }

    /**
     * Adds one cookie.
     *
     * @throws IllegalArgumentException if the name is not a valid cookie name or the value is empty
     */
    public PastedSession cookie(String name, String value) {
        if (name.isEmpty() || !name.chars().allMatch(PastedSession::isTokenChar)) {
            // the name is not echoed: a mis-pasted value could be in its place
            throw new IllegalArgumentException("a cookie name is empty or has characters not allowed in one");
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException("cookie " + name + " has an empty value");
        }
        BasicClientCookie cookie = new BasicClientCookie(name, value);
        cookie.setDomain(host);
        cookie.setPath("/");
        cookie.setSecure(secure);
        cookies.add(cookie);
        return this;
    }

    /** Sets the bearer token; a leading {@code Authorization:} and/or {@code Bearer } is removed. */
    public PastedSession bearerToken(String pasted) {
        String token = stripPrefix(stripPrefix(pasted.strip(), "Authorization:"), "Bearer ");
        if (token.isEmpty() || token.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("pasted bearer token is empty or contains blanks");
        }
        this.bearerToken = token;
        return this;
    }

    /** Sets a CSRF token copied from the page. */
    public PastedSession csrfToken(String token) {
        this.csrfToken = token.strip();
        return this;
    }

    /** The clock of the session; default the system clock. */
    public PastedSession clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * The session.
     *
     * @throws IllegalStateException if neither a cookie nor a bearer token was given
     */
    public Session build() {
        if (cookies.isEmpty() && bearerToken == null) {
            throw new IllegalStateException("a pasted session needs at least one cookie or a bearer token");
        }
        Session session = new Session(clock);
        cookies.forEach(session::addCookie);
        session.setBearerToken(bearerToken);
        session.setCsrfToken(csrfToken);
        return session;
    }

    private static String stripPrefix(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length())
                ? text.substring(prefix.length()).strip() : text;
    }

    /** RFC 7230 {@code tchar}. */
    private static boolean isTokenChar(int c) {
        return c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
    }
}
