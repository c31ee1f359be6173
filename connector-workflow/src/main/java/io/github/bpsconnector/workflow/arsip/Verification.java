package io.github.bpsconnector.workflow.arsip;

import java.util.List;

/**
 * The result of {@link Arsip#verify}: every manifest entry's file re-read and its SHA-256 recomputed.
 *
 * @param kegiatan       the kegiatan checked
 * @param entriesChecked how many manifest entries were checked
 * @param findings       what does not match; empty when the arsip is intact
 */
public record Verification(KegiatanKey kegiatan, int entriesChecked, List<Finding> findings) {

    /** What can be wrong with a kegiatan's folder. */
    public enum Problem {
        /** A file the manifest lists is gone. */
        MISSING,
        /** A listed file's size or SHA-256 differs from the manifest's. */
        MODIFIED,
        /** A file in the folder that the manifest does not list. */
        UNLISTED,
        /** The manifest itself cannot be read; nothing else was checked. */
        MANIFEST_UNREADABLE
    }

    /**
     * One mismatch.
     *
     * @param file    the file's name in the kegiatan's folder
     * @param problem what is wrong
     * @param detail  a description for a person
     */
    public record Finding(String file, Problem problem, String detail) {
    }

    /** Copies the findings. */
    public Verification {
        findings = List.copyOf(findings);
    }

    /** Whether every listed file is present and unchanged and nothing else is in the folder. */
    public boolean intact() {
        return findings.isEmpty();
    }
}
