package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.code.CollectionType;

/** E8: a survey or census without a pilot (R.6.1 = Tidak) may draw a correction note. */
final class PilotSurveyRule extends SingleRule implements Rule.OfKeg {

    PilotSurveyRule() {
        super(RuleInfo.warning("E8", RuleInfo.KEG, "R.6.1 Apakah Melakukan Uji Coba (Pilot Survey)?",
                "Survei or pencacahan lengkap with R.6.1 = Tidak", "BPS examiner guide 2023 (T5)"));
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        CollectionType type = keg.collectionType();
        if (Boolean.FALSE.equals(keg.dataCollection().pilotSurvey())
                && (type == CollectionType.SURVEI || type == CollectionType.PENCACAHAN_LENGKAP)) {
            out.report(rule, "dataCollection.pilotSurvey", "Kegiatan lapangan tanpa uji coba (R.6.1 = Tidak) dapat "
                    + "memperoleh catatan perbaikan dari pemeriksa BPS; pertimbangkan uji coba instrumen.");
        }
    }
}
