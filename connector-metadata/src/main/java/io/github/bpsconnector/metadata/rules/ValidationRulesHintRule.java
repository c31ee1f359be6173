package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MsVar;

/**
 * C13: Aturan Validasi, Ukuran and Satuan of MS-Var may stay empty, so they are never required; for a coded
 * variable (with Klasifikasi Isian) an empty Aturan Validasi only draws advice.
 */
final class ValidationRulesHintRule extends SingleRule implements Rule.OfVar {

    ValidationRulesHintRule() {
        super(RuleInfo.info("C13", RuleInfo.VAR, "Kolom (10) Aturan Validasi",
                "Aturan Validasi, Ukuran, Satuan optional; advice when a coded variable has no Aturan Validasi",
                "BPS Prov. Riau 2023 (S4 slide 68); INDAH (S5 slide 17)"));
    }

    @Override
    public void check(MsVar variable, RuleContext ctx, Findings out) {
        if (!variable.valueDomain().isEmpty() && variable.validationRules().isEmpty()) {
            out.report(rule, "validationRules", "Aturan validasi boleh dikosongkan, tetapi untuk variabel berkode "
                    + "sebaiknya dituliskan, misalnya \"isian harus salah satu kode klasifikasi isian\".");
        }
    }
}
