/**
 * Local validation of statistical metadata before anything is sent: {@link
 * io.github.bpsconnector.metadata.rules.MetadataValidator} checks MS-Keg, MS-Var, MS-Ind and whole packages against
 * the required items and skip rules of Peraturan BPS 5/2020, the consistency checks BPS raises in reviews, the
 * examiner checks of Romantik (E1&ndash;E9), the SDS konsep naming rules and the SOP's no-backdate rule, and returns a
 * {@link io.github.bpsconnector.metadata.rules.ValidationReport} with every violation at once: severity, rule id,
 * field path, form item and a message in Indonesian. The data behind the rules (title prefixes, lead time, formats,
 * word lists) is a bundled resource that {@link io.github.bpsconnector.metadata.rules.RuleSettings} lets users
 * override. {@link io.github.bpsconnector.metadata.rules.RuleCatalogue} lists every rule.
 */
package io.github.bpsconnector.metadata.rules;
