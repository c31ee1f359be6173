package io.github.bpsconnector.indah.report;

/**
 * One problem local validation found in a package before anything was sent.
 *
 * @param path    where, e.g. {@code activity.title} or {@code variables[2].name}
 * @param ruleId  the rule, e.g. {@code WAJIB} or a Perban rule id
 * @param message what is wrong, in Indonesian for the official who fixes it
 */
public record ValidationProblem(String path, String ruleId, String message) {
}
