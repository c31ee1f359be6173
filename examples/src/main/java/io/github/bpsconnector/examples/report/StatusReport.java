package io.github.bpsconnector.examples.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the HTML status report shows: a small view model, filled from the workflow's cases (or by hand).
 *
 * @param title       the page title
 * @param generatedAt when the report was made
 * @param kegiatan    the kegiatan, in the order shown
 */
public record StatusReport(String title, Instant generatedAt, List<KegiatanStatus> kegiatan) {

    /** Checks the fields and copies the list. */
    public StatusReport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(generatedAt, "generatedAt");
        kegiatan = List.copyOf(kegiatan);
    }
}
