package io.github.bpsconnector.metadata.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on an input file before it is opened: readable, and within the size limit. */
final class InputFiles {

    private InputFiles() {
    }

    static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /**
     * @throws MetadataImportException {@code UNREADABLE} when the file is not a readable regular file,
     *                                 {@code TOO_LARGE} when it exceeds the limit
     */
    static void requireReadable(Path file, long maxBytes) {
        String name = name(file);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new MetadataImportException(MetadataImportException.Reason.UNREADABLE, name,
                    "Not a readable file: " + name, null);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new MetadataImportException(MetadataImportException.Reason.UNREADABLE, name,
                    "Cannot read the size of " + name, e);
        }
        if (size > maxBytes) {
            throw new MetadataImportException(MetadataImportException.Reason.TOO_LARGE, name,
                    name + " has " + size + " bytes, more than the limit of " + maxBytes, null);
        }
    }

    /**
     * The file's bytes, reading at most {@code maxBytes} (the file may grow after the size check).
     *
     * @throws MetadataImportException as {@link #requireReadable}, or {@code UNREADABLE} on an I/O error
     */
    static byte[] readAll(Path file, long maxBytes) {
        requireReadable(file, maxBytes);
        String name = name(file);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > maxBytes) {
                throw new MetadataImportException(MetadataImportException.Reason.TOO_LARGE, name,
                        name + " grew beyond the limit of " + maxBytes + " bytes while being read", null);
            }
            return bytes;
        } catch (IOException e) {
            throw new MetadataImportException(MetadataImportException.Reason.UNREADABLE, name,
                    "Cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
