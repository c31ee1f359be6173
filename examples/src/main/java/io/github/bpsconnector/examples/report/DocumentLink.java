package io.github.bpsconnector.examples.report;

import java.util.Objects;

/**
 * A document of a kegiatan (Surat Rekomendasi, Surat Komitmen, INDAH report), linked from the status report.
 *
 * @param label  what it is, e.g. "Surat Rekomendasi"
 * @param href   a path relative to the report's folder (or an http(s) address); anything else is shown as text
 * @param sha256 the file's SHA-256 in hex, or {@code null}
 */
public record DocumentLink(String label, String href, String sha256) {

    /** Checks the required fields. */
    public DocumentLink {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(href, "href");
    }
}
