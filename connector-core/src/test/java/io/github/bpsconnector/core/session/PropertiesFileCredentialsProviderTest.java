package io.github.bpsconnector.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PropertiesFileCredentialsProviderTest {

    @TempDir
    Path dir;

    private Path credentialsFile(String content, String permissions) throws IOException {
        Path file = dir.resolve("credentials.properties");
        Files.writeString(file, content);
        if (OwnerOnlyFiles.hasPosixPermissions(file)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        }
        return file;
    }

    @Test
    void readsTheKeysOfAPortalFromAnOwnerOnlyFile() throws IOException {
        Path file = credentialsFile("romantik.username=produsen@jemberkab\nromantik.password=Rahasia\\#2026 \n",
                "rw-------");

        try (Credentials credentials = CredentialsProvider.fromPropertiesFile(file, "romantik").get()) {
            assertThat(credentials.username()).isEqualTo("produsen@jemberkab");
            assertThat(credentials.copyPassword()).containsExactly("Rahasia#2026 ".toCharArray());
        }
    }

    @Test
    void readsConfiguredKeys() throws IOException {
        Path file = credentialsFile("user=walidata\npass=pw\n", "rw-------");

        try (Credentials credentials = new PropertiesFileCredentialsProvider(file, "user", "pass").get()) {
            assertThat(credentials.username()).isEqualTo("walidata");
        }
    }

    @Test
    void refusesAFileOthersCanRead() throws IOException {
        assumeTrue(OwnerOnlyFiles.hasPosixPermissions(dir), "POSIX permissions only");
        Path file = credentialsFile("indah.username=walidata\nindah.password=TopSecret\n", "rw-r--r--");

        assertThatThrownBy(() -> CredentialsProvider.fromPropertiesFile(file, "indah").get())
                .isExactlyInstanceOf(InsecureFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("chmod 600")
                .hasMessageNotContaining("TopSecret")
                .satisfies(e -> assertThat(((InsecureFileException) e).permissions()).isEqualTo("rw-r--r--"));
    }

    @Test
    void refusesAFileItsGroupCanRead() throws IOException {
        assumeTrue(OwnerOnlyFiles.hasPosixPermissions(dir), "POSIX permissions only");
        Path file = credentialsFile("indah.username=walidata\nindah.password=TopSecret\n", "rw-r-----");

        assertThatThrownBy(() -> CredentialsProvider.fromPropertiesFile(file, "indah").get())
                .isExactlyInstanceOf(InsecureFileException.class);
    }

    @Test
    void aMissingKeyIsNamedWithoutAnyValue() throws IOException {
        Path file = credentialsFile("indah.username=walidata\nindah.pasword=TopSecret\n", "rw-------");

        assertThatThrownBy(() -> CredentialsProvider.fromPropertiesFile(file, "indah").get())
                .isExactlyInstanceOf(CredentialsException.class)
                .hasMessageContaining("indah.password")
                .hasMessageContaining(file.toString())
                .hasMessageNotContaining("TopSecret");
    }

    @Test
    void aMissingFileIsACredentialsError() {
        Path file = dir.resolve("absent.properties");

        assertThatThrownBy(() -> CredentialsProvider.fromPropertiesFile(file, "indah").get())
                .isExactlyInstanceOf(CredentialsException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void aMalformedFileIsReportedWithoutItsContent() throws IOException {
        Path file = credentialsFile("indah.username=walidata\nindah.password=Top\\uZZZZSecret\n", "rw-------");

        assertThatThrownBy(() -> CredentialsProvider.fromPropertiesFile(file, "indah").get())
                .isExactlyInstanceOf(CredentialsException.class)
                .hasMessageContaining("not a valid properties file")
                .hasMessageNotContaining("Top");
    }
}
