package io.github.bpsconnector.core.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.hc.client5.http.cookie.Cookie;
import org.apache.hc.client5.http.impl.cookie.BasicClientCookie;

/**
 * Saves a session to a JSON file and reads it back, so that a session from a manual browser login (see
 * {@link PastedSession}) or a login of an earlier run can be used again. The file holds the cookies (with domain,
 * path, expiry and flags), the bearer and CSRF tokens, a label and the time it was saved.
 *
 * <p>The file holds secrets, so it is written atomically with owner-only permissions ({@code rw-------}, from the
 * moment it exists) and a file that others may access is refused when loading ({@link InsecureFileException}).
 * Expired cookies are dropped when loading.
 */
public final class SessionStore {

    /** Version of the file format written by this class. */
    static final int FORMAT = 1;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private final Path file;
    private final Clock clock;

    /** A store in {@code file}, on the system clock. */
    public SessionStore(Path file) {
        this(file, Clock.systemUTC());
    }

    /** A store in {@code file}; {@code clock} stamps saves and is the clock of loaded sessions. */
    public SessionStore(Path file, Clock clock) {
        this.file = Objects.requireNonNull(file, "file");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The file of this store. */
    public Path file() {
        return file;
    }

    /**
     * Saves {@code session} with {@code label} (e.g. the portal and account; not a secret), replacing what the
     * file held.
     *
     * @throws SessionStoreException if the file cannot be written
     */
    public void save(Session session, String label) {
        Objects.requireNonNull(label, "label");
        List<StoredCookie> cookies = session.cookies().stream().map(StoredCookie::of).toList();
        StoredSession stored = new StoredSession(FORMAT, label, clock.instant(), session.createdAt(),
                session.bearerToken().orElse(null), session.csrfToken().orElse(null), cookies);
        try {
            OwnerOnlyFiles.writeAtomically(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(stored));
        } catch (IOException e) {
            throw new SessionStoreException("cannot save the session to " + file, e);
        }
    }

    /**
     * Reads the saved session.
     *
     * @throws SessionStoreException  if there is no file, it cannot be read, or it is not a session file
     * @throws InsecureFileException if users other than the owner may access the file
     */
    public SavedSession load() {
        return loadIfPresent().orElseThrow(() -> new SessionStoreException("no saved session at " + file, null));
    }

    /**
     * Reads the saved session, or empty if the file does not exist.
     *
     * @throws SessionStoreException  if the file cannot be read or is not a session file
     * @throws InsecureFileException if users other than the owner may access the file
     */
    public Optional<SavedSession> loadIfPresent() {
        StoredSession stored;
        try {
            OwnerOnlyFiles.requireOwnerOnly(file, SessionStoreException.CONTEXT);
            stored = JSON.readValue(Files.readAllBytes(file), StoredSession.class);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (JsonProcessingException e) {
            // Jackson's message can quote the file's content (a token), so only its position is reported
            throw new SessionStoreException("not a session file: " + file + " (malformed JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", null);
        } catch (IOException e) {
            throw new SessionStoreException("cannot read the session file " + file, e);
        }
        return Optional.of(restore(stored));
    }

    /**
     * Deletes the saved session, e.g. after the portal ended it.
     *
     * @return whether there was a file to delete
     * @throws SessionStoreException if it cannot be deleted
     */
    public boolean delete() {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new SessionStoreException("cannot delete the session file " + file, e);
        }
    }

    private SavedSession restore(StoredSession stored) {
        if (stored == null) {
            throw malformed("the file is empty");
        }
        if (stored.format() != FORMAT) {
            throw malformed("format " + stored.format() + " is not supported (expected " + FORMAT + ")");
        }
        require(stored.label(), "label");
        require(stored.savedAt(), "savedAt");
        require(stored.createdAt(), "createdAt");
        Session session = new Session(clock, stored.createdAt());
        List<StoredCookie> cookies = stored.cookies() == null ? List.of() : stored.cookies();
        for (int i = 0; i < cookies.size(); i++) {
            StoredCookie cookie = cookies.get(i);
            String field = "cookies[" + i + "]";
            require(cookie, field);
            require(cookie.name(), field + ".name");
            require(cookie.value(), field + ".value");
            require(cookie.domain(), field + ".domain");
            session.addCookie(cookie.toCookie());
        }
        session.setBearerToken(stored.bearerToken());
        session.setCsrfToken(stored.csrfToken());
        return new SavedSession(stored.label(), stored.savedAt(), session);
    }

    private void require(Object value, String field) {
        if (value == null || value instanceof String && ((String) value).isBlank()) {
            throw malformed("field " + field + " is missing");
        }
    }

    private SessionStoreException malformed(String why) {
        return new SessionStoreException("not a session file: " + file + " (" + why + ")", null);
    }

    /** The file's JSON form. */
    record StoredSession(int format, String label, Instant savedAt, Instant createdAt, String bearerToken,
            String csrfToken, List<StoredCookie> cookies) {
    }

    /** One cookie in the file. {@code hostOnly}: sent to its exact host only (no {@code Domain} attribute). */
    record StoredCookie(String name, String value, String domain, boolean hostOnly, String path, Instant expiresAt,
            boolean secure, boolean httpOnly, Instant createdAt) {

        static StoredCookie of(Cookie cookie) {
            return new StoredCookie(cookie.getName(), cookie.getValue(), cookie.getDomain(),
                    !cookie.containsAttribute(Cookie.DOMAIN_ATTR), cookie.getPath(), cookie.getExpiryInstant(),
                    cookie.isSecure(), cookie.isHttpOnly(), cookie.getCreationInstant());
        }

        Cookie toCookie() {
            BasicClientCookie cookie = new BasicClientCookie(name, value);
            cookie.setDomain(domain);
            if (!hostOnly) {
                // HttpClient sends a cookie to subdomains only if the portal gave it a Domain attribute
                cookie.setAttribute(Cookie.DOMAIN_ATTR, domain);
            }
            cookie.setPath(path == null ? "/" : path);
            cookie.setExpiryDate(expiresAt);
            cookie.setSecure(secure);
            cookie.setHttpOnly(httpOnly);
            if (createdAt != null) {
                cookie.setCreationDate(createdAt);
            }
            return cookie;
        }
    }
}
