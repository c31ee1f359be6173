package io.github.bpsconnector.core.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetFolderTest {

    @TempDir
    Path temp;

    @Test
    void resolvesOnlyDirectChildren() throws IOException {
        TargetFolder folder = TargetFolder.of(temp.resolve("unduhan"));

        assertThat(folder.resolve("surat.pdf")).isEqualTo(folder.path().resolve("surat.pdf"));
        assertThatThrownBy(() -> folder.resolve("../escape.pdf")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> folder.resolve("sub/inner.pdf")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> folder.resolve("..")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> folder.resolve(".")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void createsTheFolderIfMissing() throws IOException {
        TargetFolder folder = TargetFolder.of(temp.resolve("a/b/c"));

        assertThat(folder.path()).isDirectory();
    }

    @Test
    void claimsTheNameOrTheNextFreeAlternativeWithoutTouchingExistingFiles() throws IOException {
        TargetFolder folder = TargetFolder.of(temp);
        Files.writeString(temp.resolve("surat.pdf"), "lama", StandardCharsets.UTF_8);
        Files.writeString(temp.resolve("surat (1).pdf"), "lama juga", StandardCharsets.UTF_8);

        Path claimed = folder.claim("surat.pdf");
        Path next = folder.claim("surat.pdf");
        Path free = folder.claim("lain.pdf");

        assertThat(claimed.getFileName()).hasToString("surat (2).pdf");
        assertThat(next.getFileName()).hasToString("surat (3).pdf");
        assertThat(free.getFileName()).hasToString("lain.pdf");
        assertThat(claimed).isEmptyFile();
        assertThat(temp.resolve("surat.pdf")).hasContent("lama");
        assertThat(temp.resolve("surat (1).pdf")).hasContent("lama juga");
    }

    @Test
    void doesNotFollowADanglingLinkWithTheSameName() throws IOException {
        TargetFolder folder = TargetFolder.of(temp.resolve("in"));
        Path outside = temp.resolve("outside.pdf");
        Files.createSymbolicLink(folder.path().resolve("surat.pdf"), outside);

        Path claimed = folder.claim("surat.pdf");

        assertThat(claimed.getFileName()).hasToString("surat (1).pdf");
        assertThat(outside).doesNotExist();
    }
}
