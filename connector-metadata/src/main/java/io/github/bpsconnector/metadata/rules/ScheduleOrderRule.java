package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.DateRange;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.PartialDate;
import io.github.bpsconnector.metadata.code.SchedulePhase;

import java.util.List;
import java.util.Optional;

/**
 * E6: the phases of R.3.3 start in business-process order (perencanaan, desain, pengumpulan, pengolahan, analisis,
 * diseminasi, evaluasi): no phase certainly starts before an earlier phase does.
 */
final class ScheduleOrderRule extends SingleRule implements Rule.OfKeg {

    ScheduleOrderRule() {
        super(RuleInfo.error("E6", RuleInfo.KEG, "R.3.3 Rencana Jadwal Kegiatan",
                "Phase start dates follow the business-process order of SchedulePhase",
                "BPS examiner guide 2023 (T5)"));
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        SchedulePhase latestPhase = null;
        PartialDate latestStart = null;
        for (SchedulePhase phase : SchedulePhase.values()) {
            List<DateRange> ranges = keg.planning().schedule().ranges(phase);
            Optional<Integer> earliest = FieldWork.earliestStartIndex(ranges);
            if (earliest.isEmpty()) {
                continue;
            }
            int index = earliest.get();
            PartialDate start = ranges.get(index).start();
            if (latestStart != null && start.lastDay().isBefore(latestStart.firstDay())) {
                out.report(rule, "planning.schedule." + phase.name() + "[" + index + "].start", "Jadwal "
                        + phase.label() + " dimulai " + start + ", sebelum jadwal " + latestPhase.label() + " ("
                        + latestStart + "); urutan jadwal harus mengikuti proses bisnis.");
            }
            if (latestStart == null || start.firstDay().isAfter(latestStart.firstDay())) {
                latestPhase = phase;
                latestStart = start;
            }
        }
    }
}
