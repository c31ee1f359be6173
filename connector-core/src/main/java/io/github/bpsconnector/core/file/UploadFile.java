package io.github.bpsconnector.core.file;

import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.FileRejectedException;
import io.github.bpsconnector.core.error.FileRejectedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A local file that passed the checks for an upload: it exists, is a regular file, is no larger than allowed and
 * starts with the magic bytes of an allowed {@link FileType}. Make one with {@link #check}; send it with
 * {@link MultipartUpload}.
 *
 * <p>The checks describe the file as it was when checked; it is read again from disk when it is sent.
 *
 * @param path     the file on disk
 * @param fileName the name to send: the file's own name made safe by {@link SafeFileName}
 * @param type     the allowed type its content matched
 * @param size     its size in bytes when checked
 */
public record UploadFile(Path path, String fileName, FileType type, long size) {

    public UploadFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(type, "type");
    }

    /**
     * Checks {@code path} for an upload. Messages name the file by its name only, never its folder.
     *
     * @param context  the portal and operation, for the exception
     * @param path     the file to send
     * @param maxBytes the largest size allowed
     * @param allowed  the types allowed; the first one whose magic matches is the file's type
     * @return the checked file
     * @throws FileRejectedException {@code NAME} when the path has no usable file name, {@code IO} when it is
     *                               missing, not a regular file or unreadable, {@code SIZE} when it is too large,
     *                               {@code TYPE} when its content matches none of {@code allowed}
     */
    public static UploadFile check(ErrorContext context, Path path, long maxBytes, FileType... allowed) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(path, "path");
        if (allowed.length == 0) {
            throw new IllegalArgumentException("at least one allowed file type is needed");
        }
        String shownName = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        String fileName = SafeFileName.sanitize(path.getFileName() == null ? null : shownName)
                .orElseThrow(() -> reject(context, Reason.NAME, "'" + shownName + "' is not a usable file name", null));
        long size = sizeOfRegularFile(context, path, shownName);
        if (size > maxBytes) {
            throw reject(context, Reason.SIZE, shownName + " is " + ByteSizes.describe(size)
                    + ", over the limit of " + ByteSizes.describe(maxBytes), null);
        }
        byte[] head = new byte[magicLengthNeeded(allowed)];
        int length = readHead(context, path, shownName, head);
        for (FileType type : allowed) {
            if (type.matches(head, length)) {
                return new UploadFile(path, fileName, type, size);
            }
        }
        String seen = FileType.detect(head, length).map(type -> "its content looks like " + type)
                .orElse(length == 0 ? "it is empty" : "its content is of no known type");
        throw reject(context, Reason.TYPE, shownName + " is not " + describe(allowed) + ": " + seen, null);
    }

    private static long sizeOfRegularFile(ErrorContext context, Path path, String shownName) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw reject(context, Reason.IO, shownName + " does not exist", null);
        } catch (IOException e) {
            throw reject(context, Reason.IO, shownName + " cannot be read", e);
        }
        if (!attributes.isRegularFile()) {
            throw reject(context, Reason.IO, shownName + " is not a regular file", null);
        }
        return attributes.size();
    }

    private static int readHead(ErrorContext context, Path path, String shownName, byte[] head) {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw reject(context, Reason.IO, shownName + " cannot be read", e);
        }
    }

    private static int magicLengthNeeded(FileType[] allowed) {
        return Stream.concat(Stream.of(allowed), FileType.builtIn().stream())
                .mapToInt(FileType::magicLength)
                .max()
                .orElseThrow();
    }

    private static String describe(FileType[] allowed) {
        List<String> labels = Stream.of(allowed).map(FileType::label).distinct().toList();
        return labels.size() == 1 ? "a " + labels.get(0) : "one of " + labels.stream().collect(Collectors.joining(", "));
    }

    private static FileRejectedException reject(ErrorContext context, Reason reason, String message, Throwable cause) {
        return new FileRejectedException(context, reason, message, cause);
    }
}
