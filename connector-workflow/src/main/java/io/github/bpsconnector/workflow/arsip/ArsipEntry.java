package io.github.bpsconnector.workflow.arsip;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a kegiatan's manifest: a file kept in its folder.
 *
 * @param sequence the entry's number in the kegiatan, from 1
 * @param file     the file's name in the kegiatan's folder, e.g. {@code 0003-Surat-Rekomendasi.pdf}
 * @param kind     what it is
 * @param source   where it came from, e.g. {@code romantik:pengajuan/123/surat-rekomendasi}
 * @param sha256   the SHA-256 of its content, 64 lower-case hex digits
 * @param size     its size in bytes
 * @param storedAt when it was stored
 */
public record ArsipEntry(int sequence, String file, DocumentKind kind, String source, String sha256, long size,
                         Instant storedAt) {

    /** Checks that nothing is missing. */
    public ArsipEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(storedAt, "storedAt");
    }
}
