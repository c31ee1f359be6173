package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.code.Repetition;

import java.util.regex.Matcher;

/** E2: a recurring activity (R.4.1 = Berulang) has no year in its title. */
final class RecurringTitleYearRule extends SingleRule implements Rule.OfKeg {

    RecurringTitleYearRule() {
        super(RuleInfo.warning("E2", RuleInfo.KEG, "Judul Kegiatan",
                "R.4.1 = Berulang and the title contains a year (settings: title.yearPattern)",
                "BPS examiner guide 2023 (T5)"));
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        if (keg.design().repetition() != Repetition.BERULANG || keg.title() == null) {
            return;
        }
        Matcher year = ctx.settings().yearPattern().matcher(keg.title());
        if (year.find()) {
            out.report(rule, "title", "Kegiatan berulang sebaiknya tidak mencantumkan tahun (" + year.group()
                    + ") pada judul; tahun dicatat pada isian Tahun.");
        }
    }
}
