package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsVar;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** ALIAS-UNIQUE: no two MS-Var of a package share an alias (ignoring case and surrounding space). */
final class AliasUniqueRule extends SingleRule implements Rule.OfPackage {

    AliasUniqueRule() {
        super(RuleInfo.error("ALIAS-UNIQUE", RuleInfo.PACKAGE, "MS-Var Kolom (3) Alias",
                "Aliases are unique within the package", "Perban 5/2020 p.55"));
    }

    @Override
    public void check(MetadataPackage pkg, RuleContext ctx, Findings out) {
        Map<String, Integer> firstUse = new HashMap<>();
        for (int i = 0; i < pkg.variables().size(); i++) {
            MsVar variable = pkg.variables().get(i);
            if (variable.alias() == null) {
                continue;
            }
            Integer first = firstUse.putIfAbsent(variable.alias().strip().toUpperCase(Locale.ROOT), i);
            if (first != null) {
                MsVar earlier = pkg.variables().get(first);
                out.report(rule, FieldPaths.msVar(i) + ".alias", "Alias \"" + variable.alias()
                        + "\" sudah dipakai oleh variabel " + FieldPaths.msVar(first)
                        + (earlier.name() == null ? "" : " (" + earlier.name() + ")") + "; alias harus unik.");
            }
        }
    }
}
