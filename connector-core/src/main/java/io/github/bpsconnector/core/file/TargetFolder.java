package io.github.bpsconnector.core.file;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder that received files are written into, and the only place their names are turned into paths. A name
 * always resolves to a direct child of the folder, and an existing file is never replaced: {@link #claim} creates
 * the file with {@code CREATE_NEW} semantics and, when the name is taken, tries {@code name (1).ext},
 * {@code name (2).ext}, and so on.
 */
public final class TargetFolder {

    /** How many numbered alternatives {@link #claim} tries before giving up. */
    static final int MAX_ALTERNATIVES = 9_999;

    private final Path folder;

    private TargetFolder(Path folder) {
        this.folder = folder;
    }

    /**
     * The folder at {@code path}, created with its parents if missing.
     *
     * @throws IOException if it cannot be created or is not a directory
     */
    public static TargetFolder of(Path path) throws IOException {
        Path folder = path.toAbsolutePath().normalize();
        Files.createDirectories(folder);
        return new TargetFolder(folder);
    }

    /** The folder, absolute and normalised. */
    public Path path() {
        return folder;
    }

    /**
     * The path of {@code safeName} in this folder.
     *
     * @param safeName a name made by {@link SafeFileName}
     * @throws IllegalArgumentException if the name would land anywhere but directly in this folder
     */
    public Path resolve(String safeName) {
        Path resolved = folder.resolve(safeName).normalize();
        if (!resolved.startsWith(folder) || !folder.equals(resolved.getParent())) {
            throw new IllegalArgumentException("file name does not stay inside the target folder: " + safeName);
        }
        return resolved;
    }

    /**
     * Creates a new empty file named {@code safeName}, or the first free numbered alternative, and returns its path.
     * The file is this caller's: nobody else's file is ever opened or replaced.
     *
     * @param safeName a name made by {@link SafeFileName}
     * @throws IOException if no file could be created
     */
    public Path claim(String safeName) throws IOException {
        for (int counter = 0; counter <= MAX_ALTERNATIVES; counter++) {
            String candidate = counter == 0 ? safeName : SafeFileName.withCounter(safeName, counter);
            try {
                return Files.createFile(resolve(candidate)); // CREATE_NEW: fails if anything, even a link, exists
            } catch (FileAlreadyExistsException taken) {
                // try the next alternative
            }
        }
        throw new FileAlreadyExistsException(resolve(safeName).toString(), null,
                MAX_ALTERNATIVES + " numbered alternatives are taken too");
    }

    @Override
    public String toString() {
        return "TargetFolder[" + folder + "]";
    }
}
