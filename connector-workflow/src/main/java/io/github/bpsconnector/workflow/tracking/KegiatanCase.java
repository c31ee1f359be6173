package io.github.bpsconnector.workflow.tracking;

import io.github.bpsconnector.workflow.arsip.KegiatanKey;
import io.github.bpsconnector.workflow.port.PortalNote;
import io.github.bpsconnector.workflow.sop.SopStep;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one kegiatan stands in the SOP, as rebuilt by {@link CaseTracker#rebuild} from the portals and the journal.
 *
 * @param key          the natural key (judul + tahun + instansi)
 * @param step         the current step (1–12)
 * @param state        active, returned, stopped or finished
 * @param enteredAt    when the kegiatan entered the step (first seen there by the library, kept in the journal)
 * @param deadline     the step's deadline by the working-day calendar, if the step has a time limit
 * @param overdue      whether the deadline has passed (never when stopped or finished)
 * @param returnedFrom the step whose reviewer returned the work, when {@code state} is {@code RETURNED}
 * @param returnNote   the returning reviewer's catatan (on INDAH the {@code rejection_note}), when returned
 * @param detail       the portals' raw status, for people
 * @param documents    the documents and portal ids so far
 * @param catatan      every reviewer's catatan on Romantik and INDAH, oldest first
 */
public record KegiatanCase(KegiatanKey key, SopStep step, CaseState state, Instant enteredAt,
        Optional<Instant> deadline, boolean overdue, Optional<SopStep> returnedFrom, Optional<PortalNote> returnNote,
        String detail,
        CaseDocuments documents, List<PortalNote> catatan) {

    /** Checks the fields and copies the catatan. */
    public KegiatanCase {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(enteredAt, "enteredAt");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(returnedFrom, "returnedFrom");
        Objects.requireNonNull(returnNote, "returnNote");
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(documents, "documents");
        catatan = List.copyOf(catatan);
    }

    /** Who the kegiatan waits on (the current step's actor) and since when; empty once stopped or finished. */
    public Optional<Waiting> waitingOn() {
        return state == CaseState.ACTIVE || state == CaseState.RETURNED
                ? Optional.of(new Waiting(step.actor(), enteredAt)) : Optional.empty();
    }
}
