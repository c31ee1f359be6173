package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.ProductAvailability;

/**
 * C6: a product's R.8.2 release plan is filled exactly when its R.8.1 answer is Ya. The Romantik 2023 form has no
 * R.8.2, so nothing is checked for it.
 */
final class ReleasePlanRule extends SingleRule implements Rule.OfKeg {

    ReleasePlanRule() {
        super(RuleInfo.error("C6", RuleInfo.KEG, "R.8.2 Rencana Rilis Produk Kegiatan",
                "A product's R.8.2 filled when its R.8.1 = Ya, blank when Tidak (Perban form only)",
                "Perban 5/2020 p.93, p.51"));
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        if (!ctx.isPerban()) {
            return;
        }
        for (Product product : Product.values()) {
            ProductAvailability line = product.of(keg);
            if (Boolean.TRUE.equals(line.available()) && line.releasePlan().isEmpty()) {
                out.report(rule, product.releasePlanPath(), "Rencana rilis produk " + product.label()
                        + " wajib diisi karena produk tersedia untuk umum (R.8.1 = Ya).");
            } else if (Boolean.FALSE.equals(line.available()) && !line.releasePlan().isEmpty()) {
                out.report(rule, product.releasePlanPath(), "Rencana rilis produk " + product.label()
                        + " hanya diisi jika produk tersedia untuk umum (R.8.1 = Ya); isian ini harus dikosongkan.");
            }
        }
    }
}
