package io.github.bpsconnector.romantik;

import io.github.bpsconnector.metadata.AttachmentRef;
import io.github.bpsconnector.metadata.MetadataPackage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Blok IX files of a pengajuan, all PDFs: KAK, proposal, guide, questionnaire, and MS-Var / MS-Ind rendered as
 * PDFs by the caller. Each is checked (exists, is a PDF by its first bytes, not over the profile's size limit)
 * before anything is sent. Immutable.
 */
public final class SupportingFiles {

    private static final SupportingFiles NONE = new SupportingFiles(Map.of());

    private final Map<BerkasKind, List<Path>> files;

    private SupportingFiles(Map<BerkasKind, List<Path>> files) {
        Map<BerkasKind, List<Path>> copy = new EnumMap<>(BerkasKind.class);
        files.forEach((kind, paths) -> copy.put(kind, List.copyOf(paths)));
        this.files = Collections.unmodifiableMap(copy);
    }

    /** No files. */
    public static SupportingFiles none() {
        return NONE;
    }

    /** One file of a kind. */
    public static SupportingFiles of(BerkasKind kind, Path pdf) {
        return NONE.with(kind, pdf);
    }

    /**
     * The package's attachments whose kind is a Blok IX kind (KAK, PROPOSAL, PEDOMAN, KUESIONER, MS_VAR, MS_IND,
     * LAINNYA), their paths resolved against {@code folder}.
     */
    public static SupportingFiles fromPackage(MetadataPackage pkg, Path folder) {
        SupportingFiles result = NONE;
        for (AttachmentRef attachment : pkg.attachments()) {
            for (BerkasKind kind : BerkasKind.values()) {
                if (kind.name().equals(attachment.kind().name())) {
                    result = result.with(kind, folder.resolve(attachment.path()));
                }
            }
        }
        return result;
    }

    /** A copy with one more file of a kind. */
    public SupportingFiles with(BerkasKind kind, Path pdf) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pdf, "pdf");
        Map<BerkasKind, List<Path>> copy = new EnumMap<>(BerkasKind.class);
        copy.putAll(files);
        List<Path> paths = new ArrayList<>(copy.getOrDefault(kind, List.of()));
        paths.add(pdf);
        copy.put(kind, paths);
        return new SupportingFiles(copy);
    }

    /** The files by kind, in the order given. */
    public Map<BerkasKind, List<Path>> files() {
        return files;
    }

    /** Whether there is a file of this kind. */
    public boolean has(BerkasKind kind) {
        return files.containsKey(kind);
    }

    @Override
    public String toString() {
        return "SupportingFiles" + files.keySet();
    }
}
