package io.github.bpsconnector.workflow.arsip;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.bpsconnector.workflow.internal.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A kegiatan's {@code manifest.json}: which kegiatan the folder holds and one entry per stored file. Replaced
 * atomically on every change, so a reader sees either the old or the new list, never half of one.
 *
 * @param format   the manifest format, {@value #FORMAT}
 * @param kegiatan the kegiatan the folder holds
 * @param entries  the entries in sequence order
 */
record Manifest(int format, KegiatanKey kegiatan, List<ArsipEntry> entries) {

    static final String FILE_NAME = "manifest.json";
    static final int FORMAT = 1;

    Manifest {
        entries = List.copyOf(entries);
    }

    static Manifest empty(KegiatanKey kegiatan) {
        return new Manifest(FORMAT, kegiatan, List.of());
    }

    /**
     * The manifest in {@code folder}, if there is one.
     *
     * @throws ArsipException if it cannot be parsed or has another format
     */
    static Optional<Manifest> read(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        Manifest manifest;
        try {
            manifest = ArsipJson.MAPPER.readValue(bytes, Manifest.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ArsipException("the manifest " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (manifest.format() != FORMAT || manifest.kegiatan() == null) {
            throw new ArsipException("the manifest " + file + " has format " + manifest.format() + " or no "
                    + "kegiatan; expected format " + FORMAT);
        }
        return Optional.of(manifest);
    }

    void write(Path folder) throws IOException {
        byte[] json = ArsipJson.MAPPER.writeValueAsBytes(this);
        AtomicFiles.replace(folder.resolve(FILE_NAME), out -> out.write(json));
    }

    Manifest plus(ArsipEntry entry) {
        List<ArsipEntry> more = new ArrayList<>(entries);
        more.add(entry);
        return new Manifest(format, kegiatan, more);
    }

    int nextSequence() {
        return entries.isEmpty() ? 1 : entries.get(entries.size() - 1).sequence() + 1;
    }

    /** The entry of the same content from the same source, if one was stored before. */
    Optional<ArsipEntry> find(DocumentKind kind, String source, String sha256) {
        return entries.stream()
                .filter(e -> e.kind() == kind && e.source().equals(source) && e.sha256().equals(sha256))
                .findFirst();
    }
}
