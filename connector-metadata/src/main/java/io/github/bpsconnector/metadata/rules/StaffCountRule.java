package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.DataCollection;
import io.github.bpsconnector.metadata.MsKeg;

import java.util.OptionalLong;

/**
 * E9: the R.6.6 staff counts are plausible: enumerators present and at least as many as supervisors, and enough
 * of them for the R.5.9 respondents within the days of data collection (settings:
 * {@code staffing.maxRespondentsPerEnumeratorPerDay}).
 */
final class StaffCountRule extends SingleRule implements Rule.OfKeg {

    StaffCountRule() {
        super(RuleInfo.warning("E9", RuleInfo.KEG, "R.6.6 Jumlah Petugas",
                "Enumerators > 0 and >= supervisors; respondents (R.5.9) <= enumerators x days of data collection"
                        + " x settings: staffing.maxRespondentsPerEnumeratorPerDay",
                "BPS examiner guide 2023 (T5); enumerator >= supervisor as in public entry apps (S14)"));
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        DataCollection staff = keg.dataCollection();
        Integer enumerators = staff.enumeratorCount();
        Integer supervisors = staff.supervisorCount();
        if (enumerators == null) {
            return;
        }
        String path = "dataCollection.enumeratorCount";
        if (enumerators <= 0) {
            out.report(rule, path, "Jumlah enumerator " + enumerators + " tidak wajar untuk kegiatan dengan "
                    + "petugas lapangan.");
            return;
        }
        if (supervisors != null && enumerators < supervisors) {
            out.report(rule, path, "Jumlah enumerator (" + enumerators + ") lebih kecil dari jumlah supervisor ("
                    + supervisors + ").");
        }
        Integer respondents = keg.sampleDesign().respondentCount();
        OptionalLong days = FieldWork.of(keg).days();
        if (respondents != null && days.isPresent()) {
            long capacity = (long) enumerators * days.getAsLong()
                    * ctx.settings().maxRespondentsPerEnumeratorPerDay();
            if (respondents > capacity) {
                out.report(rule, path, respondents + " responden untuk " + enumerators + " enumerator dalam "
                        + days.getAsLong() + " hari pengumpulan data berarti lebih dari "
                        + ctx.settings().maxRespondentsPerEnumeratorPerDay()
                        + " responden per enumerator per hari; periksa jumlah petugas, jadwal dan jumlah responden.");
            }
        }
    }
}
