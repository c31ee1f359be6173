package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.CollectedVariable;
import io.github.bpsconnector.metadata.MsKeg;

import java.util.List;

/** E4: every variable of R.3.4 has its time reference (Referensi Waktu). */
final class TimeReferenceRule extends SingleRule implements Rule.OfKeg {

    TimeReferenceRule() {
        super(RuleInfo.warning("E4", RuleInfo.KEG, "R.3.4 Variabel (Karakteristik) yang Dikumpulkan",
                "Every R.3.4 row has a Referensi Waktu", "BPS examiner guide 2023 (T5)"));
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        List<CollectedVariable> rows = keg.planning().collectedVariables();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).timeReference() == null) {
                String name = rows.get(i).name() == null ? "baris ke-" + (i + 1) : "\"" + rows.get(i).name() + "\"";
                out.report(rule, "planning.collectedVariables[" + i + "].timeReference", "Referensi waktu variabel "
                        + name + " belum diisi; pemeriksa BPS meminta setiap variabel memiliki referensi waktu.");
            }
        }
    }
}
