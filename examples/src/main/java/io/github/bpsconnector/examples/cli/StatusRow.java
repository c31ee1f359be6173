package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.workflow.arsip.KegiatanKey;
import io.github.bpsconnector.workflow.sop.Actor;
import io.github.bpsconnector.workflow.sop.SopStep;
import io.github.bpsconnector.workflow.tracking.CaseState;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One line of {@code status}: where a kegiatan stands.
 *
 * @param key          judul, tahun, instansi
 * @param step         the current SOP step; empty when nothing tells it (offline, nothing journaled)
 * @param state        the state at the step; empty with the step
 * @param waitingOn    whose turn it is; empty once stopped or finished
 * @param since        when the kegiatan entered the step
 * @param deadline     the step's deadline by the working-day calendar, if the step has a limit
 * @param overdueDays  working days past the deadline when overdue, else empty
 * @param letterNumber the Surat Rekomendasi's number, or {@code ""}
 * @param msKegId      the MS-Keg's id on INDAH, or {@code null}
 * @param msVarIds     the MS-Var ids on INDAH
 * @param msIndIds     the MS-Ind ids on INDAH
 * @param problem      why the portals could not be read for this kegiatan (the line then comes from the journal),
 *                     or {@code ""}
 */
record StatusRow(KegiatanKey key, Optional<SopStep> step, Optional<CaseState> state, Optional<Actor> waitingOn,
        Optional<Instant> since, Optional<Instant> deadline, Optional<Long> overdueDays, String letterNumber,
        Long msKegId, List<Long> msVarIds, List<Long> msIndIds, String problem) {

    StatusRow {
        msVarIds = List.copyOf(msVarIds);
        msIndIds = List.copyOf(msIndIds);
        letterNumber = letterNumber == null ? "" : letterNumber;
        problem = problem == null ? "" : problem;
    }

    /** Whether the deadline has passed. */
    boolean overdue() {
        return overdueDays.isPresent();
    }

    /**
     * This line, its missing documents taken from {@code recorded} (what the journal and arsip keep, e.g. INDAH
     * ids before the case reads INDAH).
     */
    StatusRow withMissingDocumentsFrom(StatusRow recorded) {
        return new StatusRow(key, step, state, waitingOn, since, deadline, overdueDays,
                letterNumber.isEmpty() ? recorded.letterNumber : letterNumber,
                msKegId == null ? recorded.msKegId : msKegId, msVarIds.isEmpty() ? recorded.msVarIds : msVarIds,
                msIndIds.isEmpty() ? recorded.msIndIds : msIndIds, problem);
    }

    /** The same line with a note that the portals could not be read. */
    StatusRow withProblem(String why) {
        return new StatusRow(key, step, state, waitingOn, since, deadline, overdueDays, letterNumber, msKegId,
                msVarIds, msIndIds, why);
    }
}
