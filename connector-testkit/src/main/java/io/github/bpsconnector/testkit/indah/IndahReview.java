package io.github.bpsconnector.testkit.indah;

import java.time.Instant;

/**
 * One entry of a record's {@code reviews} trail.
 *
 * @param reviewer the reviewer's username
 * @param role the reviewer's organisation role
 * @param decision the status the review moved the record to
 * @param note the note given, or {@code null}
 * @param at when (simulated clock)
 */
public record IndahReview(String reviewer, IndahRole role, MetadataStatus decision, String note, Instant at) {
}
