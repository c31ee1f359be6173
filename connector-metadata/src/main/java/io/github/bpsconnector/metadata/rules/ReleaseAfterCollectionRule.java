package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.PartialDate;

import java.util.List;
import java.util.Optional;

/**
 * DATE-RELEASE: no R.8.2 release date lies before the first round of data collection has ended. (A repeated
 * activity may release a round while later rounds are still being collected, so only the first round counts.)
 */
final class ReleaseAfterCollectionRule extends SingleRule implements Rule.OfKeg {

    ReleaseAfterCollectionRule() {
        super(RuleInfo.error("DATE-RELEASE", RuleInfo.KEG, "R.8.2 Rencana Rilis Produk Kegiatan",
                "No release date before the end of the first data collection round", "Date sanity"));
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        Optional<PartialDate> collectionEnd = FieldWork.of(keg).firstRoundEnd();
        if (collectionEnd.isEmpty()) {
            return;
        }
        for (Product product : Product.values()) {
            List<PartialDate> plan = product.of(keg).releasePlan();
            for (int i = 0; i < plan.size(); i++) {
                if (plan.get(i).lastDay().isBefore(collectionEnd.get().firstDay())) {
                    out.report(rule, product.releasePlanPath() + "[" + i + "]", "Rencana rilis produk "
                            + product.label() + " " + plan.get(i) + " mendahului selesainya pengumpulan data ("
                            + collectionEnd.get() + ").");
                }
            }
        }
    }
}
