package io.github.bpsconnector.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SHA-256 of a command's input, so that {@code resume} can tell whether it changed: of the file itself, or,
 * for a folder of CSV/TSV files, of every regular file in it (relative name and content, in name order).
 */
final class InputDigest {

    private InputDigest() {
    }

    /**
     * The digest in lower-case hex.
     *
     * @throws IOException if the file or a file of the folder cannot be read
     */
    static String of(Path input) throws IOException {
        MessageDigest sha = newDigest();
        if (Files.isDirectory(input)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(input)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                sha.update(input.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                add(sha, file);
            }
        } else {
            add(sha, input);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void add(MessageDigest sha, Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
