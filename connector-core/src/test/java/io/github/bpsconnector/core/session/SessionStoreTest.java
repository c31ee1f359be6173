package io.github.bpsconnector.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.apache.hc.client5.http.cookie.Cookie;
import org.apache.hc.client5.http.impl.cookie.BasicClientCookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionStoreTest {

    private static final Instant CREATED = Instant.parse("2026-03-02T01:00:00Z");
    private static final Instant SAVED = Instant.parse("2026-03-02T02:30:00Z");

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("sessions").resolve("indah.json");
    }

    private static Session sessionWithEverything() {
        Session session = new Session(new MutableClock(CREATED));
        BasicClientCookie hostOnly = new BasicClientCookie("laravel_session", "SECRET-VALUE-1");
        hostOnly.setDomain("romantik.web.bps.go.id");
        hostOnly.setPath("/");
        hostOnly.setSecure(true);
        hostOnly.setHttpOnly(true);
        session.addCookie(hostOnly);
        BasicClientCookie domainCookie = new BasicClientCookie("XSRF-TOKEN", "SECRET-VALUE-2");
        domainCookie.setDomain("bps.go.id");
        domainCookie.setAttribute(Cookie.DOMAIN_ATTR, "bps.go.id");
        domainCookie.setPath("/app");
        domainCookie.setExpiryDate(Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS));
        session.addCookie(domainCookie);
        session.setBearerToken("SECRET-VALUE-bearer");
        session.setCsrfToken("SECRET-VALUE-csrf");
        return session;
    }

    @Test
    void aSavedSessionComesBackWithItsCookiesTokensAndLabel() {
        Session original = sessionWithEverything();
        SessionStore store = new SessionStore(file(), new MutableClock(SAVED));

        store.save(original, "indah walidata@jemberkab");
        SavedSession saved = store.load();

        assertThat(saved.label()).isEqualTo("indah walidata@jemberkab");
        assertThat(saved.savedAt()).isEqualTo(SAVED);
        Session restored = saved.session();
        assertThat(restored.createdAt()).isEqualTo(CREATED);
        assertThat(restored.bearerToken()).contains("SECRET-VALUE-bearer");
        assertThat(restored.csrfToken()).contains("SECRET-VALUE-csrf");
        assertThat(restored.cookies()).hasSize(2);
        for (Cookie before : original.cookies()) {
            Cookie after = restored.cookies().stream().filter(c -> c.getName().equals(before.getName()))
                    .findFirst().orElseThrow();
            assertThat(after.getValue()).isEqualTo(before.getValue());
            assertThat(after.getDomain()).isEqualTo(before.getDomain());
            assertThat(after.getPath()).isEqualTo(before.getPath());
            assertThat(after.getExpiryInstant()).isEqualTo(before.getExpiryInstant());
            assertThat(after.isSecure()).isEqualTo(before.isSecure());
            assertThat(after.isHttpOnly()).isEqualTo(before.isHttpOnly());
            assertThat(after.containsAttribute(Cookie.DOMAIN_ATTR))
                    .isEqualTo(before.containsAttribute(Cookie.DOMAIN_ATTR));
        }
        assertThat(saved.toString()).doesNotContain("SECRET-VALUE");
    }

    @Test
    void theFileIsCreatedOwnerOnlyAndNoTemporaryFileRemains() throws IOException {
        assumeTrue(OwnerOnlyFiles.hasPosixPermissions(dir), "POSIX permissions only");
        SessionStore store = new SessionStore(file());

        store.save(sessionWithEverything(), "romantik produsen");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(file().getParent())) {
            assertThat(files).containsExactly(file());
        }
    }

    @Test
    void savingOverAWorldReadableFileLeavesAnOwnerOnlyFile() throws IOException {
        assumeTrue(OwnerOnlyFiles.hasPosixPermissions(dir), "POSIX permissions only");
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{}");
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-rw-rw-"));

        new SessionStore(file()).save(sessionWithEverything(), "romantik produsen");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        assertThat(new SessionStore(file()).load().label()).isEqualTo("romantik produsen");
    }

    @Test
    void loadingRefusesAFileOthersCanRead() throws IOException {
        assumeTrue(OwnerOnlyFiles.hasPosixPermissions(dir), "POSIX permissions only");
        SessionStore store = new SessionStore(file());
        store.save(sessionWithEverything(), "indah");
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(store::load).isExactlyInstanceOf(InsecureFileException.class)
                .hasMessageContaining(file().toString())
                .hasMessageNotContaining("SECRET-VALUE")
                .satisfies(e -> assertThat(((InsecureFileException) e).operation()).isEqualTo("session-store"));
    }

    @Test
    void aMissingFileIsEmptyOrATypedError() {
        SessionStore store = new SessionStore(file());

        assertThat(store.loadIfPresent()).isEmpty();
        assertThatThrownBy(store::load).isExactlyInstanceOf(SessionStoreException.class)
                .hasMessageContaining("no saved session");
        assertThat(store.delete()).isFalse();
    }

    @Test
    void aTruncatedFileIsATypedErrorThatQuotesNothingFromIt() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"format\":1,\"label\":\"indah\",\"bearerToken\":\"eyJ-SECRET-VALUE-token");
        if (OwnerOnlyFiles.hasPosixPermissions(dir)) {
            Files.setPosixFilePermissions(file(), OwnerOnlyFiles.OWNER_READ_WRITE);
        }

        assertThatThrownBy(() -> new SessionStore(file()).load())
                .isExactlyInstanceOf(SessionStoreException.class)
                .hasMessageContaining("malformed JSON at line 1")
                .hasMessageNotContaining("SECRET-VALUE")
                .hasNoCause();
    }

    @Test
    void aMissingFieldIsNamed() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"format\":1,\"label\":\"indah\",\"savedAt\":\"2026-03-02T02:30:00Z\","
                + "\"createdAt\":\"2026-03-02T01:00:00Z\",\"cookies\":[{\"name\":\"a\",\"value\":\"v\"}]}");
        if (OwnerOnlyFiles.hasPosixPermissions(dir)) {
            Files.setPosixFilePermissions(file(), OwnerOnlyFiles.OWNER_READ_WRITE);
        }

        assertThatThrownBy(() -> new SessionStore(file()).load())
                .isExactlyInstanceOf(SessionStoreException.class)
                .hasMessageContaining("cookies[0].domain");
    }

    @Test
    void expiredCookiesAreDroppedWhenLoading() {
        Session session = new Session();
        BasicClientCookie cookie = new BasicClientCookie("old", "v");
        cookie.setDomain("indah.bps.go.id");
        cookie.setPath("/");
        cookie.setExpiryDate(Instant.now().plus(Duration.ofDays(1)));
        session.addCookie(cookie);
        SessionStore store = new SessionStore(file());
        store.save(session, "indah");
        String json = readQuietly(file())
                .replaceAll("\"expiresAt\" : \"[^\"]+\"", "\"expiresAt\" : \"2001-01-01T00:00:00Z\"");
        writeOwnerOnly(file(), json);

        assertThat(store.load().session().cookies()).isEmpty();
    }

    @Test
    void aPastedSessionSurvivesARoundTrip() {
        Session pasted = PastedSession.forPortal(java.net.URI.create("https://indah.bps.go.id"))
                .bearerToken("Bearer pasted-token").build();
        SessionStore store = new SessionStore(file());

        store.save(pasted, "indah walidata (browser)");

        assertThat(store.load().session().bearerToken()).contains("pasted-token");
        assertThat(store.delete()).isTrue();
        assertThat(Files.exists(file())).isFalse();
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void writeOwnerOnly(Path file, String content) {
        try {
            OwnerOnlyFiles.writeAtomically(file, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
