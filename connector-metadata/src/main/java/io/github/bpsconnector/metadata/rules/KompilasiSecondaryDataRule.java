package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.code.CollectionMethod;
import io.github.bpsconnector.metadata.code.CollectionType;

/** E3: a compilation of administrative products ticks "Pengumpulan data sekunder" in R.4.6. */
final class KompilasiSecondaryDataRule extends SingleRule implements Rule.OfKeg {

    KompilasiSecondaryDataRule() {
        super(RuleInfo.error("E3", RuleInfo.KEG, "R.4.6 Metode Pengumpulan Data",
                "Kompilasi produk administrasi: R.4.6 includes Pengumpulan data sekunder",
                "BPS examiner guide 2023 (T5)"));
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        if (keg.collectionType() == CollectionType.KOMPILASI_PRODUK_ADMINISTRASI
                && !keg.design().collectionMethods().selected().isEmpty()
                && !keg.design().collectionMethods().contains(CollectionMethod.PENGUMPULAN_DATA_SEKUNDER)) {
            out.report(rule, "design.collectionMethods", "Kompilasi produk administrasi harus mencentang metode "
                    + "Pengumpulan data sekunder.");
        }
    }
}
