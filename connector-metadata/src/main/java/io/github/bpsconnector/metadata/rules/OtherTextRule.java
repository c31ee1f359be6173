package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MsKeg;

/** C8: a ticked "Lainnya" has its "sebutkan" text, and a "sebutkan" text has its tick, in every multiple choice. */
final class OtherTextRule extends SingleRule implements Rule.OfKeg {

    OtherTextRule() {
        super(RuleInfo.error("C8", RuleInfo.KEG, "Lainnya (sebutkan)",
                "In R.4.6-4.8, 6.2, 7.3, 7.4: Lainnya ticked if and only if its text is given",
                "Perban 5/2020 p.90-93"));
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        for (MultiChoiceItem item : MultiChoiceItem.of(keg)) {
            if (item.otherTicked() && item.other() == null) {
                out.report(rule, item.otherTextPath(), item.formItem(),
                        "Pilihan Lainnya dicentang, tetapi isian sebutkan kosong.");
            } else if (!item.otherTicked() && item.other() != null) {
                out.report(rule, item.otherTextPath(), item.formItem(), "Isian Lainnya \"" + item.other()
                        + "\" ada, tetapi pilihan Lainnya tidak dicentang.");
            }
        }
    }
}
