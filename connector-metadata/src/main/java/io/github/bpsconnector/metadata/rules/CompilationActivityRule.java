package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsInd;
import io.github.bpsconnector.metadata.code.CollectionType;

import java.util.List;

/**
 * C11: an activity that only computes indicators from other activities' output, or from two or more activities,
 * reports itself as a kompilasi produk administrasi (kompromin) MS-Keg. Reported when a non-composite indicator
 * names as source an activity other than this package's, or several activities, while the MS-Keg is not a
 * kompilasi.
 */
final class CompilationActivityRule extends SingleRule implements Rule.OfPackage {

    CompilationActivityRule() {
        super(RuleInfo.warning("C11", RuleInfo.PACKAGE, "Kolom (13) Kegiatan Penghasil Variabel Pembangun",
                "An indicator built from other or several activities sits under a kompilasi produk administrasi "
                        + "MS-Keg", "BPS Prov. Riau 2023 (S4 slide 43)"));
    }

    @Override
    public void check(MetadataPackage pkg, RuleContext ctx, Findings out) {
        CollectionType type = pkg.activity().collectionType();
        String title = pkg.activity().title();
        if (type == null || type == CollectionType.KOMPILASI_PRODUK_ADMINISTRASI || title == null) {
            return;
        }
        for (int i = 0; i < pkg.indicators().size(); i++) {
            MsInd indicator = pkg.indicators().get(i);
            List<String> sources = indicator.sourceActivities();
            boolean fromElsewhere = sources.stream().anyMatch(s -> !Texts.sameName(s, title));
            if (Boolean.FALSE.equals(indicator.composite()) && (fromElsewhere || sources.size() > 1)) {
                out.report(rule, FieldPaths.msInd(i) + ".sourceActivities", "Indikator dihitung dari kegiatan lain ("
                        + String.join("; ", sources) + "); kegiatan yang hanya menghitung indikator dari hasil "
                        + "kegiatan lain dilaporkan dengan MS-Keg kompilasi produk administrasi (kompromin).");
            }
        }
    }
}
