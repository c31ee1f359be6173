package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MsKeg;

/** E1: the title names a collection method (pencacahan lengkap/sensus, survei, kompilasi/kompromin, ...). */
final class TitleNamesMethodRule extends SingleRule implements Rule.OfKeg {

    TitleNamesMethodRule() {
        super(RuleInfo.error("E1", RuleInfo.KEG, "Judul Kegiatan",
                "The title contains a keyword of some Cara Pengumpulan Data (settings: title.methodKeywords)",
                "BPS examiner guide 2023 (T5); Perban 5/2020 p.22-23"));
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        if (keg.title() != null && TitleMethods.named(keg.title(), ctx.settings()).isEmpty()) {
            out.report(rule, "title", "Judul kegiatan harus menyebut cara pengumpulan data, misalnya \"Survei "
                    + "...\", \"Sensus ...\" atau \"Kompilasi Produk Administrasi ...\".");
        }
    }
}
