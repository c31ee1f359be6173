package io.github.bpsconnector.romantik;

import io.github.bpsconnector.metadata.DateRange;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.code.SchedulePhase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The SOP's no-backdate rule: a recommendation must be asked for before field work starts, so no field-work date
 * (R.3.3 Pengumpulan Data) may lie before the day of filling ("Pelaksanaan lapangan hanya dapat diisi mulai tanggal
 * pengisian"). A month-only date counts from its first day, as the form sends it. A missing schedule is left to the
 * completeness rules.
 */
public final class NoBackdateCheck implements SubmissionCheck {

    /** The rule id. */
    public static final String RULE = "SOP-NO-BACKDATE";

    @Override
    public List<CheckProblem> check(MetadataPackage pkg, LocalDate today) {
        List<CheckProblem> problems = new ArrayList<>();
        List<DateRange> ranges = pkg.activity().planning().schedule().ranges(SchedulePhase.PENGUMPULAN_DATA);
        for (int i = 0; i < ranges.size(); i++) {
            DateRange range = ranges.get(i);
            if (range.start() != null && range.start().firstDay().isBefore(today)) {
                problems.add(new CheckProblem("activity.planning.schedule.PENGUMPULAN_DATA[" + i + "].start", RULE,
                        "Pelaksanaan lapangan (mulai " + range.start().firstDay() + ") sudah lewat: pengajuan "
                                + "rekomendasi harus dilakukan sebelum pelaksanaan lapangan, paling awal tanggal "
                                + "pengisian " + today + "."));
            }
        }
        return problems;
    }
}
