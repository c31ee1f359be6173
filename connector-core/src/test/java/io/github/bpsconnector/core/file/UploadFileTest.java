package io.github.bpsconnector.core.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.FileRejectedException;
import io.github.bpsconnector.core.error.FileRejectedException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadFileTest {

    private static final ErrorContext CONTEXT = ErrorContext.of("romantik", "komitmen.unggah");
    private static final long FIVE_MIB = 5L * 1024 * 1024;
    private static final byte[] PNG_HEAD = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13};

    @TempDir
    Path folder;

    @Test
    void aPdfWithinTheLimitPasses() throws IOException {
        Path pdf = write("Surat Komitmen.pdf", pdfBytes(2048));

        UploadFile checked = UploadFile.check(CONTEXT, pdf, FIVE_MIB, FileType.PDF);

        assertThat(checked.type()).isEqualTo(FileType.PDF);
        assertThat(checked.size()).isEqualTo(2048);
        assertThat(checked.fileName()).isEqualTo("Surat Komitmen.pdf");
        assertThat(checked.path()).isEqualTo(pdf);
    }

    @Test
    void aPngNamedPdfIsRefusedForItsType() throws IOException {
        Path fake = write("scan.pdf", PNG_HEAD);

        assertRejected(() -> UploadFile.check(CONTEXT, fake, FIVE_MIB, FileType.PDF), Reason.TYPE)
                .hasMessageContaining("scan.pdf is not a PDF: its content looks like PNG");
    }

    @Test
    void anEmptyFileIsRefusedForItsType() throws IOException {
        Path empty = write("kosong.pdf", new byte[0]);

        assertRejected(() -> UploadFile.check(CONTEXT, empty, FIVE_MIB, FileType.PDF), Reason.TYPE)
                .hasMessageContaining("it is empty");
    }

    @Test
    void aFileOverTheLimitIsRefusedForItsSize() throws IOException {
        Path big = write("besar.pdf", pdfBytes((int) FIVE_MIB + 1));

        assertRejected(() -> UploadFile.check(CONTEXT, big, FIVE_MIB, FileType.PDF), Reason.SIZE)
                .hasMessageContaining("besar.pdf is 5242881 bytes")
                .hasMessageContaining("over the limit of 5242880 bytes (5.0 MiB)");
    }

    @Test
    void aMissingFileIsRefusedNamingOnlyTheFile() {
        Path missing = folder.resolve("tidak-ada.pdf");

        assertRejected(() -> UploadFile.check(CONTEXT, missing, FIVE_MIB, FileType.PDF), Reason.IO)
                .hasMessageContaining("tidak-ada.pdf does not exist");
    }

    @Test
    void aFolderIsNotARegularFile() throws IOException {
        Path directory = Files.createDirectory(folder.resolve("berkas.pdf"));

        assertRejected(() -> UploadFile.check(CONTEXT, directory, FIVE_MIB, FileType.PDF), Reason.IO)
                .hasMessageContaining("berkas.pdf is not a regular file");
    }

    @Test
    void aNameThatCannotBeMadeSafeIsRefused() throws IOException {
        Path dots = write("...", pdfBytes(100));

        assertRejected(() -> UploadFile.check(CONTEXT, dots, FIVE_MIB, FileType.PDF), Reason.NAME)
                .hasMessageContaining("'...' is not a usable file name");
    }

    @Test
    void theFirstAllowedTypeThatMatchesIsTheFilesType() throws IOException {
        Path workbook = write("ms-var.xlsx", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});

        UploadFile checked = UploadFile.check(CONTEXT, workbook, FIVE_MIB, FileType.PDF, FileType.XLSX);

        assertThat(checked.type()).isEqualTo(FileType.XLSX);
        assertRejected(() -> UploadFile.check(CONTEXT, workbook, FIVE_MIB, FileType.PDF, FileType.PNG), Reason.TYPE)
                .hasMessageContaining("is not one of PDF, PNG: its content looks like ZIP");
    }

    @Test
    void typesCanBeAdded() throws IOException {
        FileType gif = FileType.of("GIF", "image/gif", "gif", "GIF89a".getBytes(StandardCharsets.US_ASCII));
        Path image = write("logo.gif", "GIF89a\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(UploadFile.check(CONTEXT, image, FIVE_MIB, gif).type()).isEqualTo(gif);
        assertThat(gif.mimeType()).isEqualTo("image/gif");
    }

    private org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertRejected(
            ThrowingCallable call, Reason reason) {
        return assertThatThrownBy(call)
                .isInstanceOfSatisfying(FileRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.delivery()).isEqualTo(Delivery.NOT_SENT);
                    assertThat(e.operation()).isEqualTo("komitmen.unggah");
                    assertThat(e.getMessage()).doesNotContain(folder.toString());
                });
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    static byte[] pdfBytes(int size) {
        byte[] bytes = PseudoRandomBytes.bytes(size, size);
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, Math.min(head.length, size));
        return bytes;
    }
}
