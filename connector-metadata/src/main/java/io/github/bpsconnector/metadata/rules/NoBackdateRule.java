package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MsKeg;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * NOBACKDATE: the SOP's "tidak bisa backdate": data collection starts no sooner than the submission date plus the
 * lead time of the review (settings: {@code noBackdate}). A start on or before the submission date is E5's; this
 * rule reports a start on or after the submission date but inside the lead time.
 */
final class NoBackdateRule extends SingleRule implements Rule.OfKeg {

    NoBackdateRule() {
        super(RuleInfo.error("NOBACKDATE", RuleInfo.KEG, "R.3.3 Rencana Jadwal Kegiatan (Pengumpulan Data)",
                "Data collection starts no sooner than submission date + lead time (settings: noBackdate); "
                        + "starts on or before the submission date are E5",
                "SOP Pengelolaan Metadata Statistik Sektoral (Jember 2026) step 2; portal-facts 6"));
    }

    /** The first day data collection may start when submitting on {@code submission}. */
    static LocalDate earliestStart(LocalDate submission, RuleSettings settings) {
        if (!settings.leadTimeInWorkingDays()) {
            return submission.plusDays(settings.leadTimeDays());
        }
        LocalDate day = submission;
        int counted = 0;
        while (counted < settings.leadTimeDays()) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        RuleSettings settings = ctx.settings();
        LocalDate submission = ctx.context().submissionDate();
        LocalDate earliest = earliestStart(submission, settings);
        FieldWork.of(keg).earliestStart()
                .filter(start -> !start.date().firstDay().isBefore(submission)
                        && start.date().firstDay().isBefore(earliest))
                .ifPresent(start -> out.report(rule, start.path(), "Pengumpulan data dimulai " + start.date()
                        + ", terlalu dekat dengan tanggal pengajuan " + submission + ": pengajuan tidak bisa "
                        + "backdate dan pemeriksaan Walidata serta BPS memerlukan " + settings.leadTimeDays()
                        + (settings.leadTimeInWorkingDays() ? " hari kerja" : " hari")
                        + ". Mulai pengumpulan data paling cepat " + earliest + "."));
    }
}
