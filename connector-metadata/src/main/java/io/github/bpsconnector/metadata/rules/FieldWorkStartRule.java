package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MsKeg;

import java.time.LocalDate;

/**
 * E5: data collection has not started by the submission date: its earliest start (for a month-only date, the
 * first day of the month) is on or after the day the form is submitted.
 */
final class FieldWorkStartRule extends SingleRule implements Rule.OfKeg {

    FieldWorkStartRule() {
        super(RuleInfo.error("E5", RuleInfo.KEG, "R.3.3 Rencana Jadwal Kegiatan (Pengumpulan Data)",
                "The earliest data collection start is on or after the submission date",
                "BPS examiner guide 2023 (T5); Romantik user guide 2023 (T4)"));
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        LocalDate submission = ctx.context().submissionDate();
        FieldWork.of(keg).earliestStart().filter(start -> start.date().firstDay().isBefore(submission))
                .ifPresent(start -> out.report(rule, start.path(), "Pengumpulan data dimulai " + start.date()
                        + ", sebelum tanggal pengajuan " + submission + "; pelaksanaan lapangan hanya boleh pada atau "
                        + "sesudah tanggal pengajuan." + (start.date().isFullDate() ? ""
                        : " Hanya bulan yang ditulis; tuliskan tanggal lengkap.")));
    }
}
