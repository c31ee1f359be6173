package io.github.bpsconnector.workflow.runner;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.bpsconnector.metadata.AttachmentKind;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.json.MetadataJson;
import io.github.bpsconnector.workflow.arsip.Arsip;
import io.github.bpsconnector.workflow.arsip.ArsipEntry;
import io.github.bpsconnector.workflow.arsip.ArsipException;
import io.github.bpsconnector.workflow.arsip.DocumentKind;
import io.github.bpsconnector.workflow.arsip.KegiatanKey;
import io.github.bpsconnector.workflow.document.ProducerDetails;
import io.github.bpsconnector.workflow.internal.Sha256Hex;
import io.github.bpsconnector.workflow.port.Attachment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A kegiatan's inputs (package, supporting files, producer's details) kept in the arsip, so that a runner that
 * has only the kegiatan's key can redo any of its steps. Each set is a version: its entries' sources are
 * {@code sop:masukan/v<n>/berkas/<i>}, {@code .../produsen} and, stored last so that it marks the version whole,
 * {@code .../paket}. A version is added only when the inputs differ from the latest whole one.
 */
final class KegiatanInputs {

    private static final String PREFIX = "sop:masukan/v";
    private static final String PACKAGE = "paket";
    private static final String PRODUCER = "produsen";
    private static final String FILE = "berkas/";
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private KegiatanInputs() {
    }

    /** Keeps the kegiatan's inputs as a new version unless the latest whole version holds the same. */
    static void keep(Arsip arsip, Kegiatan kegiatan) throws IOException {
        KegiatanKey key = kegiatan.key();
        byte[] pkg = MetadataJson.write(kegiatan.metadata()).getBytes(StandardCharsets.UTF_8);
        List<Version> versions = Version.all(arsip.entries(key));
        Optional<Version> latest = latestWhole(versions);
        if (latest.isPresent() && holds(arsip, key, latest.get(), kegiatan, pkg)) {
            return;
        }
        String base = PREFIX + (versions.isEmpty() ? 1 : versions.get(versions.size() - 1).number() + 1) + "/";
        for (int i = 0; i < kegiatan.files().size(); i++) {
            Attachment file = kegiatan.files().get(i);
            arsip.store(key, documentKind(file.kind()), base + FILE + (i + 1), file.pdf());
        }
        arsip.record(key, DocumentKind.DATA_PRODUSEN, base + PRODUCER,
                JSON.convertValue(kegiatan.producer(), FIELDS));
        arsip.store(key, DocumentKind.PAKET_MASUKAN, base + PACKAGE, "paket-metadata.json", pkg);
    }

    /**
     * The kegiatan as its latest whole version of inputs holds it; the files are read in place, in the arsip.
     *
     * @throws ArsipException if a kept input cannot be read back
     */
    static Optional<Kegiatan> read(Arsip arsip, KegiatanKey key) throws IOException {
        Optional<Version> latest = latestWhole(Version.all(arsip.entries(key)));
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        Version version = latest.get();
        try {
            MetadataPackage pkg = MetadataJson.readPackage(arsip.path(key, version.item(PACKAGE).orElseThrow()));
            List<Attachment> files = new ArrayList<>();
            for (ArsipEntry file : version.files()) {
                files.add(new Attachment(AttachmentKind.valueOf(file.kind().name()), arsip.path(key, file)));
            }
            return Optional.of(new Kegiatan(key, pkg, files, producer(arsip, key, version)));
        } catch (RuntimeException e) {
            throw new ArsipException("the inputs of " + key.title() + " kept in the arsip (version "
                    + version.number() + ") cannot be read back: " + e.getMessage(), e);
        }
    }

    /** The arsip's kind for a supporting file of this kind (the same name, else {@code LAINNYA}). */
    static DocumentKind documentKind(AttachmentKind kind) {
        for (DocumentKind candidate : DocumentKind.values()) {
            if (candidate.name().equals(kind.name())) {
                return candidate;
            }
        }
        return DocumentKind.LAINNYA;
    }

    private static boolean holds(Arsip arsip, KegiatanKey key, Version version, Kegiatan kegiatan, byte[] pkg)
            throws IOException {
        List<ArsipEntry> files = version.files();
        if (!version.item(PACKAGE).orElseThrow().sha256().equals(Sha256Hex.of(pkg))
                || files.size() != kegiatan.files().size()) {
            return false;
        }
        for (int i = 0; i < files.size(); i++) {
            Attachment file = kegiatan.files().get(i);
            if (files.get(i).kind() != documentKind(file.kind())
                    || !files.get(i).sha256().equals(Sha256Hex.of(Files.readAllBytes(file.pdf())))) {
                return false;
            }
        }
        return kegiatan.producer().equals(producer(arsip, key, version));
    }

    private static ProducerDetails producer(Arsip arsip, KegiatanKey key, Version version) throws IOException {
        ArsipEntry entry = version.item(PRODUCER).orElseThrow(() -> new ArsipException("version "
                + version.number() + " of the inputs of " + key.title() + " has no producer's details"));
        JsonNode fields = JSON.readTree(arsip.path(key, entry).toFile()).path("fields");
        return JSON.treeToValue(fields, ProducerDetails.class);
    }

    private static Optional<Version> latestWhole(List<Version> versions) {
        return versions.stream().filter(v -> v.item(PACKAGE).isPresent()).reduce((first, second) -> second);
    }

    /** The entries of one version of the inputs, by the rest of their source ({@code paket}, {@code berkas/2}). */
    private record Version(int number, Map<String, ArsipEntry> items) {

        static List<Version> all(List<ArsipEntry> entries) {
            Map<Integer, Map<String, ArsipEntry>> byNumber = new TreeMap<>();
            for (ArsipEntry entry : entries) {
                String source = entry.source();
                int slash = source.indexOf('/', PREFIX.length());
                if (source.startsWith(PREFIX) && slash > PREFIX.length()) {
                    String digits = source.substring(PREFIX.length(), slash);
                    if (digits.chars().allMatch(Character::isDigit) && digits.length() < 9) {
                        byNumber.computeIfAbsent(Integer.parseInt(digits), n -> new TreeMap<>())
                                .put(source.substring(slash + 1), entry);
                    }
                }
            }
            List<Version> versions = new ArrayList<>();
            byNumber.forEach((number, items) -> versions.add(new Version(number, items)));
            return versions;
        }

        Optional<ArsipEntry> item(String name) {
            return Optional.ofNullable(items.get(name));
        }

        /** The supporting files in the order the kegiatan listed them. */
        List<ArsipEntry> files() {
            return items.entrySet().stream().filter(e -> e.getKey().startsWith(FILE))
                    .sorted(Comparator.comparingInt(e -> Integer.parseInt(e.getKey().substring(FILE.length()))))
                    .map(Map.Entry::getValue).toList();
        }

        Version {
            Objects.requireNonNull(items, "items");
        }
    }
}
