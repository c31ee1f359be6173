package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MsKeg;

import java.util.Optional;

/**
 * C12d: the title begins with a word BPS returns (JUMLAH, KUNJUNGAN, LAPORAN, DATABASE, ...). An error by default
 * because BPS sends such titles back for correction.
 */
final class TitlePrefixRule extends SingleRule implements Rule.OfKeg {

    TitlePrefixRule() {
        super(RuleInfo.error("C12d", RuleInfo.KEG, "Judul Kegiatan",
                "The title does not begin with a forbidden prefix (settings: title.forbiddenPrefixes)",
                "BPS Prov. Riau 2023 (S4 slide 58)"));
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        if (keg.title() == null) {
            return;
        }
        Optional<String> prefix = ctx.settings().forbiddenTitlePrefixes().stream()
                .filter(p -> Texts.startsWithPhrase(keg.title(), p)).findFirst();
        prefix.ifPresent(p -> out.report(rule, "title", "Judul kegiatan tidak boleh diawali \"" + p
                + "\"; BPS mengembalikan judul seperti ini. Awali judul dengan cara pengumpulan data, misalnya "
                + "\"Survei ...\" atau \"Kompilasi Produk Administrasi ...\"."));
    }
}
