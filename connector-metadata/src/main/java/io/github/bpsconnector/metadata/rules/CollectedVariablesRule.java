package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.CollectedVariable;
import io.github.bpsconnector.metadata.MsKeg;

import java.util.List;

/**
 * REQ-KEG-3.4: R.3.4 lists at least one variable, each with its name and definition, and with its concept on the
 * Perban form (the Romantik 2023 form dropped the Konsep column). The time reference is E4's business.
 */
final class CollectedVariablesRule extends SingleRule implements Rule.OfKeg {

    private static final String PATH = "planning.collectedVariables";

    CollectedVariablesRule() {
        super(RuleInfo.error("REQ-KEG-3.4", RuleInfo.KEG, "R.3.4 Variabel (Karakteristik) yang Dikumpulkan",
                "At least one row; each row has Nama Variabel and Definisi, and Konsep on the Perban form",
                "Perban 5/2020 p.89; Romantik 2023 form (no Konsep)"));
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        List<CollectedVariable> rows = keg.planning().collectedVariables();
        if (rows.isEmpty()) {
            out.report(rule, PATH, "Minimal satu variabel yang dikumpulkan wajib diisi.");
        }
        for (int i = 0; i < rows.size(); i++) {
            CollectedVariable row = rows.get(i);
            String path = FieldPaths.index(PATH, i);
            if (row.name() == null) {
                out.report(rule, path + ".name", "Nama variabel baris ke-" + (i + 1) + " wajib diisi.");
            }
            if (row.definition() == null) {
                out.report(rule, path + ".definition", "Definisi variabel baris ke-" + (i + 1) + " wajib diisi.");
            }
            if (row.concept() == null && ctx.isPerban()) {
                out.report(rule, path + ".concept", "Konsep variabel baris ke-" + (i + 1) + " wajib diisi.");
            }
        }
    }
}
