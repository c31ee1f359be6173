package io.github.bpsconnector.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bpsconnector.workflow.arsip.Arsip;
import io.github.bpsconnector.workflow.arsip.KegiatanKey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The kegiatan an {@link Arsip} holds, by folder name: each folder's {@code manifest.json} names its kegiatan. A
 * folder whose manifest is missing or unreadable is listed in {@link #unreadable()}, not guessed at.
 */
final class ArsipFolders {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, KegiatanKey> byFolder;
    private final List<String> unreadable;

    private ArsipFolders(Map<String, KegiatanKey> byFolder, List<String> unreadable) {
        this.byFolder = byFolder;
        this.unreadable = unreadable;
    }

    /** Reads the folders under {@code root}; none when it does not exist. */
    static ArsipFolders read(Path root) throws IOException {
        Map<String, KegiatanKey> found = new TreeMap<>();
        List<String> bad = new ArrayList<>();
        if (Files.isDirectory(root)) {
            List<Path> folders;
            try (Stream<Path> list = Files.list(root)) {
                folders = list.filter(Files::isDirectory).sorted().toList();
            }
            for (Path folder : folders) {
                KegiatanKey key = keyOf(folder.resolve("manifest.json"));
                if (key == null || !key.folderName().equals(folder.getFileName().toString())) {
                    bad.add(folder.getFileName().toString());
                } else {
                    found.put(key.folderName(), key);
                }
            }
        }
        return new ArsipFolders(found, bad);
    }

    private static KegiatanKey keyOf(Path manifest) {
        try {
            JsonNode kegiatan = JSON.readTree(manifest.toFile()).path("kegiatan");
            return new KegiatanKey(kegiatan.path("title").asText(null), kegiatan.path("year").asInt(),
                    kegiatan.path("institution").asText(null));
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Every kegiatan found, in folder-name order. */
    List<KegiatanKey> kegiatan() {
        return List.copyOf(byFolder.values());
    }

    /** The kegiatan of a folder, or {@code null}. */
    KegiatanKey byFolder(String folderName) {
        return byFolder.get(folderName);
    }

    /** Folders without a readable manifest of their own kegiatan. */
    List<String> unreadable() {
        return List.copyOf(unreadable);
    }
}
