package io.github.bpsconnector.examples.report;

import io.github.bpsconnector.workflow.sop.Sop;
import io.github.bpsconnector.workflow.sop.SopStep;
import io.github.bpsconnector.workflow.sop.WorkingDayCalendar;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a kegiatan's step history into the report's timeline: every step of the {@link Sop} in order, its deadline
 * from the {@link WorkingDayCalendar} and the step's duration, and its SLA status. A running step is due soon when
 * less than a quarter of its allowed time is left.
 */
public final class SopTimeline {

    private final Sop sop;
    private final WorkingDayCalendar calendar;

    /** A timeline over {@code sop}'s steps, deadlines counted in {@code calendar}. */
    public SopTimeline(Sop sop, WorkingDayCalendar calendar) {
        this.sop = Objects.requireNonNull(sop, "sop");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * The steps of the SOP as of {@code now}: done, running or waiting. When a step ran more than once (the work
     * came back to it), the latest run counts.
     */
    public List<StepStatus> steps(List<StepRecord> history, Instant now) {
        Map<Integer, StepRecord> latest = new HashMap<>();
        for (StepRecord record : history) {
            latest.merge(record.stepNumber(), record,
                    (a, b) -> b.startedAt().isBefore(a.startedAt()) ? a : b);
        }
        List<StepStatus> steps = new ArrayList<>();
        for (SopStep step : sop.steps()) {
            StepRecord record = latest.get(step.number());
            steps.add(record == null ? waiting(step) : status(step, record, now));
        }
        return steps;
    }

    private StepStatus status(SopStep step, StepRecord record, Instant now) {
        Instant deadline = calendar.deadline(record.startedAt(), step.duration()).orElse(null);
        Duration dueSoon = deadline == null ? Duration.ZERO
                : Duration.between(record.startedAt(), deadline).dividedBy(4);
        SlaStatus sla = SlaStatus.of(deadline, record.completedAt(), now, dueSoon);
        StepState state = record.completedAt() == null ? StepState.CURRENT : StepState.DONE;
        return new StepStatus(step.number(), step.name(), step.actor().label(), state, sla, deadline,
                record.completedAt(), record.outcome());
    }

    private static StepStatus waiting(SopStep step) {
        return new StepStatus(step.number(), step.name(), step.actor().label(), StepState.WAITING, SlaStatus.NONE,
                null, null, null);
    }
}
