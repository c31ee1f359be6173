package io.github.bpsconnector.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.workflow.sop.Sop;
import io.github.bpsconnector.workflow.sop.WorkingDayCalendar;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SopTimelineTest {

    private final SopTimeline timeline = new SopTimeline(Sop.bundled(), WorkingDayCalendar.indonesia());

    // Monday 2 March 2026, 09.00 WIB
    private static final Instant MONDAY = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void everyStepOfTheSopInOrderWithDeadlinesFromTheCalendar() {
        List<StepStatus> steps = timeline.steps(List.of(
                new StepRecord(1, MONDAY, MONDAY.plusSeconds(3600), null),
                new StepRecord(2, MONDAY.plusSeconds(3600), null, null)), MONDAY.plusSeconds(7200));

        assertThat(steps).hasSize(12);
        assertThat(steps).extracting(StepStatus::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(steps.get(0).state()).isEqualTo(StepState.DONE);
        assertThat(steps.get(0).sla()).isEqualTo(SlaStatus.ON_TIME);
        assertThat(steps.get(0).actor()).isEqualTo("Produsen Data");
        // step 2: 3 working days from Monday: due at the end of Thursday 5 March (WIB)
        assertThat(steps.get(1).state()).isEqualTo(StepState.CURRENT);
        assertThat(steps.get(1).deadline()).isEqualTo(Instant.parse("2026-03-05T17:00:00Z"));
        assertThat(steps.get(1).sla()).isEqualTo(SlaStatus.ON_TIME);
        assertThat(steps.get(2).state()).isEqualTo(StepState.WAITING);
        assertThat(steps.get(2).sla()).isEqualTo(SlaStatus.NONE);
    }

    @Test
    void aRunningStepTurnsDueSoonThenOverdue() {
        List<StepRecord> history = List.of(new StepRecord(3, MONDAY, null, null));

        assertThat(timeline.steps(history, Instant.parse("2026-03-05T08:00:00Z")).get(2).sla())
                .isEqualTo(SlaStatus.DUE_SOON);
        assertThat(timeline.steps(history, Instant.parse("2026-03-05T17:00:01Z")).get(2).sla())
                .isEqualTo(SlaStatus.OVERDUE);
    }

    @Test
    void theLatestRunOfAReturnedStepCounts() {
        List<StepStatus> steps = timeline.steps(List.of(
                new StepRecord(2, MONDAY.plusSeconds(86_400), null, "diperbaiki"),
                new StepRecord(2, MONDAY, MONDAY.plusSeconds(60), "dikirim")), MONDAY.plusSeconds(90_000));

        assertThat(steps.get(1).state()).isEqualTo(StepState.CURRENT);
        assertThat(steps.get(1).outcome()).isEqualTo("diperbaiki");
    }
}
