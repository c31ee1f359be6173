package io.github.bpsconnector.indah;

import java.time.Instant;

/**
 * One entry of a record's review trail (envelope {@code reviews}).
 *
 * @param reviewer the reviewer's user name, or {@code null}
 * @param role     the reviewer's organisation role, e.g. {@code WALIDATA}, or {@code null}
 * @param decision the status the review led to
 * @param note     the reviewer's note, or {@code null}
 * @param at       when, or {@code null} if the portal did not say or wrote it in an unknown form
 */
public record Review(String reviewer, String role, StatusLabel decision, String note, Instant at) {
}
