package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.core.journal.Journal;
import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.core.journal.OutcomeStatus;
import io.github.bpsconnector.workflow.arsip.KegiatanKey;
import io.github.bpsconnector.workflow.sop.Sop;
import io.github.bpsconnector.workflow.sop.SopStep;
import io.github.bpsconnector.workflow.sop.WorkingDayCalendar;
import io.github.bpsconnector.workflow.tracking.CaseState;
import io.github.bpsconnector.workflow.tracking.CaseTracker;
import io.github.bpsconnector.workflow.tracking.KegiatanCase;
import io.github.bpsconnector.workflow.tracking.StepIds;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the lines of {@code status}: from a {@link KegiatanCase} that {@link CaseTracker} rebuilt from the portals
 * and the journal, or, offline, from the journal alone: the last step the library saw the kegiatan at
 * ({@value CaseTracker#OBSERVED}), else the step after the last one it did, with the documents its outcomes name.
 */
final class StatusRows {

    private final Sop sop;
    private final WorkingDayCalendar calendar;
    private final Journal journal;
    private final Instant now;

    StatusRows(Sop sop, WorkingDayCalendar calendar, Journal journal, Instant now) {
        this.sop = sop;
        this.calendar = calendar;
        this.journal = journal;
        this.now = now;
    }

    /** The line of a case rebuilt from the portals. */
    StatusRow of(KegiatanCase c) {
        boolean open = c.state() == CaseState.ACTIVE || c.state() == CaseState.RETURNED;
        return new StatusRow(c.key(), Optional.of(c.step()), Optional.of(c.state()),
                c.waitingOn().map(w -> w.actor()), Optional.of(c.enteredAt()), c.deadline(),
                c.overdue() ? c.deadline().map(this::workingDaysLate) : Optional.empty(),
                c.documents().nomorSuratRekomendasi(), c.documents().msKegId(), c.documents().msVarIds(),
                c.documents().msIndIds(), "");
    }

    /**
     * The line of a kegiatan from the journal alone, with the INDAH ids the arsip keeps ({@code arsipMsKegIds}
     * counts only when the journal names no MS-Keg).
     */
    StatusRow offline(KegiatanKey key, List<Long> arsipMsKegIds, List<Long> msVarIds, List<Long> msIndIds) {
        String naturalKey = CaseTracker.naturalKey(key);
        Optional<SopStep> step = Optional.empty();
        Optional<CaseState> state = Optional.empty();
        Optional<Instant> since = Optional.empty();
        Optional<JournalEntry> observed = journal.latest(CaseTracker.OBSERVED, naturalKey);
        if (observed.isPresent()) {
            Map<String, String> at = observed.get().attributes();
            step = Optional.of(sop.step(Integer.parseInt(at.get("step"))));
            state = Optional.of(CaseState.valueOf(at.get("state")));
            since = Optional.of(Instant.parse(at.get("enteredAt")));
        } else {
            Optional<JournalEntry> lastDone = lastStepDone(naturalKey);
            if (lastDone.isPresent()) {
                SopStep done = sop.step(lastDone.get().operation().substring("sop.".length()));
                step = sop.next(done);
                state = step.map(s -> CaseState.ACTIVE);
                since = lastDone.get().outcome().map(o -> o.endedAt());
            }
        }
        boolean open = state.filter(s -> s == CaseState.ACTIVE || s == CaseState.RETURNED).isPresent();
        Optional<Instant> deadline = open ? calendar.deadline(since.orElseThrow(), step.orElseThrow().duration())
                : Optional.empty();
        Optional<Long> late = deadline.filter(due -> !now.isBefore(due)).map(this::workingDaysLate);
        Map<String, String> komitmen = confirmedIds(StepIds.SUSUN_SURAT_KOMITMEN, naturalKey);
        String journaled = confirmedIds(StepIds.LAPORKAN_KE_INDAH, naturalKey).get("msKegId");
        Long msKeg = journaled != null ? Long.valueOf(journaled)
                : arsipMsKegIds.isEmpty() ? null : arsipMsKegIds.get(arsipMsKegIds.size() - 1);
        return new StatusRow(key, step, state, open ? step.map(SopStep::actor) : Optional.empty(), since, deadline,
                late, komitmen.get("nomorSuratRekomendasi"), msKeg, msVarIds,
                msIndIds, "");
    }

    private Optional<JournalEntry> lastStepDone(String naturalKey) {
        return journal.entries().stream()
                .filter(e -> e.naturalKey().equals(naturalKey) && e.operation().startsWith("sop.")
                        && sop.find(e.operation().substring("sop.".length())).isPresent())
                .filter(e -> e.outcome().map(o -> o.status() == OutcomeStatus.CONFIRMED).orElse(false))
                .max(Comparator.comparing(e -> e.outcome().orElseThrow().endedAt()));
    }

    private Map<String, String> confirmedIds(String stepId, String naturalKey) {
        return journal.latest(StepIds.operation(stepId), naturalKey)
                .flatMap(JournalEntry::outcome)
                .filter(o -> o.status() == OutcomeStatus.CONFIRMED)
                .map(o -> o.portalIds()).orElse(Map.of());
    }

    /** Working days from the last day allowed up to today: 1 on the first working day after the deadline. */
    private long workingDaysLate(Instant deadline) {
        return calendar.workingDaysBetween(deadline.minusSeconds(1), now);
    }
}
