package io.github.bpsconnector.metadata.rules;

import java.util.Objects;

/**
 * One entry of the {@link RuleCatalogue}: a rule id with its default severity, the form item it concerns, what it
 * checks and where the rule comes from.
 *
 * @param id       the rule id, e.g. {@code "C1"}
 * @param severity the default severity (a {@link RuleSettings} may override it)
 * @param form     the form it applies to: {@code "MS-Keg"}, {@code "MS-Var"}, {@code "MS-Ind"}, {@code "Paket"} for
 *                 rules across the forms of a package, or {@code "MS-Keg, MS-Var, MS-Ind"}
 * @param formItem the form item, e.g. {@code "R.4.2 Frekuensi Penyelenggaraan"}
 * @param checks   what it checks, in English, for the rules table
 * @param source   where the rule comes from, e.g. {@code "Perban 5/2020 p.89"}
 */
public record RuleInfo(String id, Severity severity, String form, String formItem, String checks, String source) {

    static final String KEG = "MS-Keg";
    static final String VAR = "MS-Var";
    static final String IND = "MS-Ind";
    static final String PACKAGE = "Paket";
    static final String ALL_FORMS = "MS-Keg, MS-Var, MS-Ind";

    /** @throws NullPointerException when any component is {@code null} */
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(formItem, "formItem");
        Objects.requireNonNull(checks, "checks");
        Objects.requireNonNull(source, "source");
    }

    static RuleInfo error(String id, String form, String formItem, String checks, String source) {
        return new RuleInfo(id, Severity.ERROR, form, formItem, checks, source);
    }

    static RuleInfo warning(String id, String form, String formItem, String checks, String source) {
        return new RuleInfo(id, Severity.WARNING, form, formItem, checks, source);
    }

    static RuleInfo info(String id, String form, String formItem, String checks, String source) {
        return new RuleInfo(id, Severity.INFO, form, formItem, checks, source);
    }
}
