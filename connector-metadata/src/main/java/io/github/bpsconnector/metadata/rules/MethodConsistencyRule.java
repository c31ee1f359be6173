package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.code.CodeList;
import io.github.bpsconnector.metadata.code.CollectionMethod;
import io.github.bpsconnector.metadata.code.CollectionMode;
import io.github.bpsconnector.metadata.code.CollectionType;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * C12b: the Cara Pengumpulan Data contradicts the title (the title names only other methods) or the R.4.6/R.4.7
 * answers (a {@link MethodConflict} of the settings).
 */
final class MethodConsistencyRule extends SingleRule implements Rule.OfKeg {

    MethodConsistencyRule() {
        super(RuleInfo.warning("C12b", RuleInfo.KEG, "Cara Pengumpulan Data",
                "The title names only another Cara Pengumpulan Data, or R.4.6/R.4.7 contradict it (settings: "
                        + "methodConflicts)", "BPS Prov. Riau 2023 (S4 slides 57-61)"));
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        CollectionType type = keg.collectionType();
        if (type == null) {
            return;
        }
        if (keg.title() != null) {
            Set<CollectionType> named = TitleMethods.named(keg.title(), ctx.settings());
            if (!named.isEmpty() && !named.contains(type)) {
                out.report(rule, "collectionType", "Judul menyebut " + labels(named)
                        + ", tetapi cara pengumpulan data berisi " + type.label() + ".");
            }
        }
        Set<CollectionMode> modes = keg.design().collectionModes().selected();
        Set<CollectionMethod> methods = keg.design().collectionMethods().selected();
        for (MethodConflict conflict : ctx.settings().methodConflicts()) {
            if (conflict.collectionType() != type) {
                continue;
            }
            List<CollectionMode> clash = modes.stream().filter(conflict.anyMode()::contains).toList();
            if (!clash.isEmpty()) {
                out.report(rule, "design.collectionModes", "R.4.7 Sarana Pengumpulan Data", "Cara pengumpulan data "
                        + type.label() + " bertentangan dengan sarana " + labels(clash) + ".");
            }
            if (!conflict.onlyMethods().isEmpty() && !methods.isEmpty()
                    && conflict.onlyMethods().containsAll(methods)) {
                out.report(rule, "design.collectionMethods", "R.4.6 Metode Pengumpulan Data", "Cara pengumpulan "
                        + "data " + type.label() + " tidak sesuai jika metodenya hanya " + labels(methods) + ".");
            }
        }
    }

    /** The labels in form order (the sets of the model iterate in form order). */
    private static String labels(Collection<? extends CodeList> values) {
        return values.stream().map(CodeList::label).collect(Collectors.joining(", "));
    }
}
