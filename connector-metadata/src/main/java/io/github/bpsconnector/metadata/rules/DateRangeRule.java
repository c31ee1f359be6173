package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.DateRange;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.code.SchedulePhase;

import java.util.List;

/**
 * DATE-RANGE: no R.3.3 range ends before it starts. A month-only date counts as any day of its month, so only a
 * certain inversion is reported.
 */
final class DateRangeRule extends SingleRule implements Rule.OfKeg {

    DateRangeRule() {
        super(RuleInfo.error("DATE-RANGE", RuleInfo.KEG, "R.3.3 Rencana Jadwal Kegiatan",
                "Every schedule range has start <= end (a month counts as any of its days)", "Date sanity"));
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        for (SchedulePhase phase : SchedulePhase.values()) {
            List<DateRange> ranges = keg.planning().schedule().ranges(phase);
            for (int i = 0; i < ranges.size(); i++) {
                DateRange range = ranges.get(i);
                if (range.start() != null && range.end() != null
                        && range.start().firstDay().isAfter(range.end().lastDay())) {
                    out.report(rule, "planning.schedule." + phase.name() + "[" + i + "].end", "Tanggal akhir "
                            + range.end() + " jadwal " + phase.label() + " mendahului tanggal awal " + range.start()
                            + ".");
                }
            }
        }
    }
}
