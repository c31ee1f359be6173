package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.DateRange;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.code.SchedulePhase;

import java.util.List;

/** REQ-KEG-3.3: every required phase of R.3.3 has a date range, and every range has its Awal and Akhir. */
final class ScheduleRule extends SingleRule implements Rule.OfKeg {

    ScheduleRule() {
        super(RuleInfo.error("REQ-KEG-3.3", RuleInfo.KEG, "R.3.3 Rencana Jadwal Kegiatan",
                "Each required phase (settings: requiredSchedulePhases) has a date range; each range has start "
                        + "and end", "Perban 5/2020 p.88-89"));
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        for (SchedulePhase phase : SchedulePhase.values()) {
            String path = "planning.schedule." + phase.name();
            List<DateRange> ranges = keg.planning().schedule().ranges(phase);
            if (ranges.isEmpty() && ctx.settings().requiredSchedulePhases().contains(phase)) {
                out.report(rule, path, "Jadwal " + phase.label() + " wajib diisi (tanggal awal dan akhir).");
            }
            for (int i = 0; i < ranges.size(); i++) {
                if (ranges.get(i).start() == null) {
                    out.report(rule, FieldPaths.index(path, i) + ".start",
                            "Tanggal awal jadwal " + phase.label() + " wajib diisi.");
                }
                if (ranges.get(i).end() == null) {
                    out.report(rule, FieldPaths.index(path, i) + ".end",
                            "Tanggal akhir jadwal " + phase.label() + " wajib diisi.");
                }
            }
        }
    }
}
