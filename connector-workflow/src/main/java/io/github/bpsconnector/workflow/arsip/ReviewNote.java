package io.github.bpsconnector.workflow.arsip;

import io.github.bpsconnector.workflow.sop.Actor;

import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer's catatan on a kegiatan, as the portal shows it.
 *
 * @param reviewer the role that reviewed (Walidata or Pembina Data)
 * @param stepNumber the SOP step of the review, e.g. 3 for the Walidata's check on Romantik; {@code null} if unknown
 * @param decision the decision as the portal labels it, e.g. {@code ditolak}, {@code perbaikan},
 *                 {@code CORRECTION_REQUIRED}
 * @param note     the catatan text; may be {@code null}
 * @param at       when the portal dated it; {@code null} if it shows no date
 */
public record ReviewNote(Actor reviewer, Integer stepNumber, String decision, String note, Instant at) {

    /** Checks that the reviewer and decision are given. */
    public ReviewNote {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(decision, "decision");
    }
}
