package io.github.bpsconnector.examples.report;

import java.time.Instant;
import java.util.Objects;

/**
 * What happened at one SOP step of a kegiatan: when it started, when it ended (or {@code null} while it runs) and
 * what came of it. The workflow's case history maps to a list of these.
 *
 * @param stepNumber  the step's number in the SOP
 * @param startedAt   when the step started (its SLA counts from here)
 * @param completedAt when it ended, or {@code null}
 * @param outcome     what came of it, in Indonesian, or {@code null}
 */
public record StepRecord(int stepNumber, Instant startedAt, Instant completedAt, String outcome) {

    /** Checks the start. */
    public StepRecord {
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
