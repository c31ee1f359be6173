package io.github.bpsconnector.core.session;

import io.github.bpsconnector.core.error.ErrorContext;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Files that hold secrets: refuses those other users may access and writes new ones so that they are never, not
 * even for a moment, readable by anyone but their owner. On file systems without POSIX permissions (Windows) the
 * permission checks are skipped; such files rely on the user profile's access control.
 */
public final class OwnerOnlyFiles {

    /** {@code rw-------}. */
    public static final Set<PosixFilePermission> OWNER_READ_WRITE =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private static final Set<PosixFilePermission> NOT_OWNER = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private OwnerOnlyFiles() {
    }

    /** Whether {@code path}'s file system has POSIX permissions. */
    public static boolean hasPosixPermissions(Path path) {
        return path.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Refuses {@code file} if its group or others have any permission on it.
     *
     * @param context the context of the exception (what the file was for)
     * @throws InsecureFileException if others may access the file
     * @throws IOException           if its attributes cannot be read (e.g. it does not exist)
     */
    public static void requireOwnerOnly(Path file, ErrorContext context) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        if (permissions.stream().anyMatch(NOT_OWNER::contains)) {
            throw new InsecureFileException(context, file, PosixFilePermissions.toString(permissions));
        }
    }

    /**
     * Replaces {@code target} with {@code content} atomically: the bytes go to a temporary file in the same folder,
     * created with {@code rw-------} from the start, forced to disk and then moved over {@code target}. Readers see
     * either the old file or the whole new one; no moment exists where the content is readable by others.
     *
     * @throws IOException if the folder cannot be written or the file system cannot move atomically
     */
    public static void writeAtomically(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        FileAttribute<?>[] attributes = hasPosixPermissions(folder)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE)}
                : new FileAttribute<?>[0];
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp", attributes);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }
}
