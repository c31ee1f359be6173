package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.indah.CaptchaChallenge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a captcha image for a person to open. */
final class CaptchaFiles {

    private CaptchaFiles() {
    }

    /** Writes the challenge's image to {@code file} (replacing an older one, atomically) and returns the file. */
    static Path write(CaptchaChallenge challenge, Path file) {
        try {
            Path absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Path temp = Files.createTempFile(absolute.getParent(), ".captcha", ".tmp");
            try {
                Files.write(temp, challenge.image());
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            return absolute;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the captcha image " + file.getFileName(), e);
        }
    }
}
