package io.github.bpsconnector.workflow.port;

import io.github.bpsconnector.workflow.sop.Actor;
import java.util.Objects;

/**
 * One reviewer's catatan as a portal shows it.
 *
 * @param reviewer who wrote it
 * @param decision the decision as shown (e.g. {@code ditolak}, {@code CORRECTION_REQUIRED})
 * @param note     the catatan, {@code ""} if none
 * @param shownAt  when, as the portal shows it ({@code ""} if not shown)
 */
public record PortalNote(Actor reviewer, String decision, String note, String shownAt) {

    /** Checks the reviewer and turns missing texts into {@code ""}. */
    public PortalNote {
        Objects.requireNonNull(reviewer, "reviewer");
        decision = decision == null ? "" : decision;
        note = note == null ? "" : note;
        shownAt = shownAt == null ? "" : shownAt;
    }
}
