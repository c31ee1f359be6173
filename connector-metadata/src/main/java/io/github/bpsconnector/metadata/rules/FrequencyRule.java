package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.code.Repetition;

/** C1: R.4.2 Frekuensi is filled exactly when R.4.1 is Berulang. */
final class FrequencyRule extends SingleRule implements Rule.OfKeg {

    FrequencyRule() {
        super(RuleInfo.error("C1", RuleInfo.KEG, "R.4.2 Frekuensi Penyelenggaraan",
                "R.4.2 filled when R.4.1 = Berulang, blank when Hanya sekali (also E7, error part)",
                "Perban 5/2020 p.89, p.31; Romantik 2023 form"));
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        Repetition repetition = keg.design().repetition();
        boolean hasFrequency = keg.design().frequency() != null;
        if (repetition == Repetition.BERULANG && !hasFrequency) {
            out.report(rule, "design.frequency",
                    "Frekuensi penyelenggaraan wajib diisi karena kegiatan dilakukan berulang (R.4.1 = Berulang).");
        } else if (repetition == Repetition.HANYA_SEKALI && hasFrequency) {
            out.report(rule, "design.frequency", "Frekuensi penyelenggaraan hanya diisi untuk kegiatan berulang; "
                    + "R.4.1 berisi Hanya sekali, jadi R.4.2 harus dikosongkan.");
        }
    }
}
