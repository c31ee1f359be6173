package io.github.bpsconnector.workflow.arsip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.core.file.SafeFileName;
import io.github.bpsconnector.core.file.TargetFolder;
import io.github.bpsconnector.workflow.internal.AtomicFiles;
import io.github.bpsconnector.workflow.internal.Sha256Hex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The arsip: every document and decision of a kegiatan kept in digital form, as the SOP asks of its records. One
 * folder per kegiatan under a root ({@link KegiatanKey#folderName()}), holding the files and a {@code
 * manifest.json} that lists each with its kind, source, SHA-256, size and time.
 *
 * <ul>
 *   <li><b>Never overwritten.</b> Each file is named after its entry's sequence number ({@code 0003-...}) and
 *       created new; a second version of a document is a second entry.</li>
 *   <li><b>Atomic.</b> A file is written to a hidden temporary file, forced to disk and moved into place before
 *       the manifest, itself replaced atomically, lists it.</li>
 *   <li><b>Idempotent.</b> Storing the same content of the same kind from the same source again returns the entry
 *       already stored, so a resumed run does not duplicate documents.</li>
 *   <li><b>Checkable.</b> {@link #verify} recomputes every SHA-256 and reports missing, changed and unlisted
 *       files.</li>
 *   <li><b>No secrets.</b> Sources with query strings or user info and record fields named like secrets are
 *       refused.</li>
 *   <li><b>Safe names.</b> Names from outside are made safe ({@link SafeFileName}) and always land directly in
 *       the kegiatan's folder.</li>
 * </ul>
 *
 * <p>The arsip is a copy kept for the record, not the state of a case: a case is rebuilt from the journal and the
 * portals, never from the arsip alone.
 *
 * <p>Thread-safe; writers to one kegiatan take turns (across threads, {@code Arsip} instances and processes), and
 * different kegiatan do not wait for each other.
 */
public final class Arsip {

    private static final Logger LOG = LoggerFactory.getLogger(Arsip.class);
    private static final Set<String> OWN_FILES = Set.of(Manifest.FILE_NAME, FolderLocks.LOCK_FILE);

    private final TargetFolder root;
    private final Clock clock;
    private final Duration lockTimeout;

    private Arsip(TargetFolder root, Clock clock, Duration lockTimeout) {
        this.root = root;
        this.clock = clock;
        this.lockTimeout = lockTimeout;
    }

    /**
     * The arsip rooted at {@code root} (created if missing), with the system clock.
     *
     * @throws IOException if the root cannot be created
     */
    public static Arsip at(Path root) throws IOException {
        return builder(root).build();
    }

    /** A builder for the arsip rooted at {@code root}. */
    public static Builder builder(Path root) {
        return new Builder(root);
    }

    /** The root folder. */
    public Path root() {
        return root.path();
    }

    /** The kegiatan's folder (it exists once something is stored). */
    public Path folder(KegiatanKey kegiatan) {
        return root.resolve(kegiatan.folderName());
    }

    /**
     * Keeps {@code content} as a document of the kegiatan.
     *
     * @param source   where it came from, e.g. {@code romantik:pengajuan/123/surat-rekomendasi}
     * @param fileName the document's name (made safe; only its last segment is used)
     * @throws IllegalArgumentException if the source is refused (see the class comment)
     * @throws IOException              if it cannot be stored; nothing half-written is left
     */
    public ArsipEntry store(KegiatanKey kegiatan, DocumentKind kind, String source, String fileName, byte[] content)
            throws IOException {
        Objects.requireNonNull(content, "content");
        return keep(kegiatan, kind, source, fileName, out -> out.write(content));
    }

    /**
     * Keeps a copy of {@code file} as a document of the kegiatan, under the file's own name (made safe). The file
     * is streamed, not read into memory.
     *
     * @throws IllegalArgumentException if the source is refused (see the class comment)
     * @throws IOException              if it cannot be read or stored; nothing half-written is left
     */
    public ArsipEntry store(KegiatanKey kegiatan, DocumentKind kind, String source, Path file) throws IOException {
        Path fileName = file.getFileName();
        return keep(kegiatan, kind, source, fileName == null ? null : fileName.toString(),
                out -> Files.copy(file, out));
    }

    /**
     * Keeps a decision or fact about the kegiatan as a JSON document {@code {"kind": ..., "fields": {...}}}; the
     * fields may hold texts, numbers, booleans, times, lists and maps.
     *
     * @throws IllegalArgumentException if a field, at any depth, is named like a secret, or the source is refused
     * @throws IOException              if it cannot be stored
     */
    public ArsipEntry record(KegiatanKey kegiatan, DocumentKind kind, String source, Map<String, ?> fields)
            throws IOException {
        JsonNode tree = ArsipJson.MAPPER.valueToTree(Objects.requireNonNull(fields, "fields"));
        SecretGuard.checkFields(tree, "");
        ObjectNode document = ArsipJson.MAPPER.createObjectNode();
        document.put("kind", kind.name());
        document.set("fields", tree);
        byte[] json = ArsipJson.MAPPER.writeValueAsBytes(document);
        return keep(kegiatan, kind, source, kind.slug() + ".json", out -> out.write(json));
    }

    /** Keeps a reviewer's catatan ({@link DocumentKind#CATATAN_PEMERIKSAAN}). */
    public ArsipEntry recordReview(KegiatanKey kegiatan, String source, ReviewNote note) throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("reviewer", note.reviewer());
        fields.put("stepNumber", note.stepNumber());
        fields.put("decision", note.decision());
        fields.put("note", note.note());
        fields.put("at", note.at());
        return record(kegiatan, DocumentKind.CATATAN_PEMERIKSAAN, source, fields);
    }

    /** Keeps an id a portal gave ({@link DocumentKind#PORTAL_ID}). */
    public ArsipEntry recordPortalId(KegiatanKey kegiatan, String source, PortalId id) throws IOException {
        return record(kegiatan, DocumentKind.PORTAL_ID, source,
                Map.of("portal", id.portal(), "type", id.type(), "id", id.id()));
    }

    /**
     * The kegiatan's entries in the order they were stored; empty when nothing was.
     *
     * @throws ArsipException if the manifest cannot be read or belongs to another kegiatan
     */
    public List<ArsipEntry> entries(KegiatanKey kegiatan) throws IOException {
        Path folder = folder(kegiatan);
        Optional<Manifest> manifest = Manifest.read(folder);
        if (manifest.isPresent()) {
            checkSameKegiatan(manifest.get(), kegiatan, folder);
        }
        return manifest.map(Manifest::entries).orElse(List.of());
    }

    /**
     * Where an entry's file is.
     *
     * @throws IllegalArgumentException if the entry's name would lead outside the kegiatan's folder
     */
    public Path path(KegiatanKey kegiatan, ArsipEntry entry) {
        Path folder = folder(kegiatan);
        Path file = folder.resolve(entry.file()).normalize();
        if (!folder.equals(file.getParent())) {
            throw new IllegalArgumentException("entry file name leads outside the kegiatan folder: " + entry.file());
        }
        return file;
    }

    /**
     * Re-reads every file the kegiatan's manifest lists and compares size and SHA-256; also reports files the
     * manifest does not list. Waits for a writer to finish first.
     *
     * @throws IOException if the folder cannot be read or locked
     */
    public Verification verify(KegiatanKey kegiatan) throws IOException {
        Path folder = folder(kegiatan);
        if (!Files.isDirectory(folder)) {
            return new Verification(kegiatan, 0, List.of());
        }
        return FolderLocks.locked(folder, lockTimeout, () -> {
            Manifest manifest;
            try {
                manifest = Manifest.read(folder).orElse(Manifest.empty(kegiatan));
            } catch (ArsipException e) {
                return new Verification(kegiatan, 0, List.of(new Verification.Finding(Manifest.FILE_NAME,
                        Verification.Problem.MANIFEST_UNREADABLE, e.getMessage())));
            }
            List<Verification.Finding> findings = new ArrayList<>();
            for (ArsipEntry entry : manifest.entries()) {
                check(folder, entry).ifPresent(findings::add);
            }
            Set<String> listed = manifest.entries().stream().map(ArsipEntry::file).collect(Collectors.toSet());
            for (String name : fileNames(folder)) {
                if (!listed.contains(name) && !OWN_FILES.contains(name) && !name.startsWith(".")) {
                    findings.add(new Verification.Finding(name, Verification.Problem.UNLISTED,
                            "in the folder but not in the manifest"));
                }
            }
            return new Verification(kegiatan, manifest.entries().size(), findings);
        });
    }

    private ArsipEntry keep(KegiatanKey kegiatan, DocumentKind kind, String source, String fileName,
                            AtomicFiles.Content content) throws IOException {
        Objects.requireNonNull(kegiatan, "kegiatan");
        Objects.requireNonNull(kind, "kind");
        SecretGuard.checkSource(source);
        TargetFolder folder = TargetFolder.of(folder(kegiatan));
        return FolderLocks.locked(folder.path(), lockTimeout, () -> {
            Manifest manifest = Manifest.read(folder.path()).orElse(Manifest.empty(kegiatan));
            checkSameKegiatan(manifest, kegiatan, folder.path());
            AtomicFiles.Written temp = AtomicFiles.writeTemp(folder.path(), content);
            Optional<ArsipEntry> same = manifest.find(kind, source, temp.sha256())
                    .filter(e -> e.size() == temp.size() && Files.isRegularFile(folder.resolve(e.file())));
            if (same.isPresent()) {
                Files.delete(temp.path());
                LOG.debug("{} from {} is already kept as {}", kind, source, same.get().file());
                return same.get();
            }
            int sequence = manifest.nextSequence();
            String name = String.format("%04d-%s", sequence,
                    SafeFileName.sanitize(fileName).orElse(kind.slug() + ".bin"));
            AtomicFiles.Written stored = AtomicFiles.publish(temp, folder, name);
            ArsipEntry entry = new ArsipEntry(sequence, stored.path().getFileName().toString(), kind, source,
                    stored.sha256(), stored.size(), clock.instant());
            manifest.plus(entry).write(folder.path());
            LOG.debug("kept {} from {} as {}", kind, source, entry.file());
            return entry;
        });
    }

    private static void checkSameKegiatan(Manifest manifest, KegiatanKey kegiatan, Path folder)
            throws ArsipException {
        if (!manifest.kegiatan().sameKegiatan(kegiatan)) {
            throw new ArsipException("the arsip folder " + folder + " holds another kegiatan: "
                    + manifest.kegiatan());
        }
    }

    private static Optional<Verification.Finding> check(Path folder, ArsipEntry entry) throws IOException {
        Path file = folder.resolve(entry.file()).normalize();
        if (!file.getParent().equals(folder) || !Files.isRegularFile(file)) {
            return Optional.of(new Verification.Finding(entry.file(), Verification.Problem.MISSING,
                    "listed as entry " + entry.sequence() + " but not in the folder"));
        }
        MessageDigest digest = Sha256Hex.newDigest();
        long size;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            size = in.transferTo(OutputStream.nullOutputStream());
        }
        String sha256 = Sha256Hex.hex(digest.digest());
        if (size != entry.size() || !sha256.equals(entry.sha256())) {
            return Optional.of(new Verification.Finding(entry.file(), Verification.Problem.MODIFIED,
                    "expected " + entry.size() + " bytes with SHA-256 " + entry.sha256() + ", found " + size
                            + " bytes with SHA-256 " + sha256));
        }
        return Optional.empty();
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Override
    public String toString() {
        return "Arsip[" + root.path() + "]";
    }

    /** Builds an {@link Arsip}. Not thread-safe. */
    public static final class Builder {
        private final Path root;
        private Clock clock = Clock.systemUTC();
        private Duration lockTimeout = Duration.ofSeconds(30);

        private Builder(Path root) {
            this.root = Objects.requireNonNull(root, "root");
        }

        /** The clock for the entries' times; the system clock by default. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** How long to wait for another writer of the same kegiatan; 30 seconds by default. */
        public Builder lockTimeout(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("the lock timeout must be positive");
            }
            this.lockTimeout = value;
            return this;
        }

        /**
         * The arsip; creates the root folder if missing.
         *
         * @throws IOException if the root cannot be created
         */
        public Arsip build() throws IOException {
            return new Arsip(TargetFolder.of(root), clock, lockTimeout);
        }
    }
}
