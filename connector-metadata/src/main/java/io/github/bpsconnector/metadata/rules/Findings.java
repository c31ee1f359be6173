package io.github.bpsconnector.metadata.rules;

import java.util.List;

/**
 * Where rules report: turns a relative path into the full field path, applies the settings' severity overrides and
 * disabled rules, and collects the violations.
 */
final class Findings {

    private final String prefix;
    private final RuleSettings settings;
    private final List<Violation> sink;

    Findings(String prefix, RuleSettings settings, List<Violation> sink) {
        this.prefix = prefix;
        this.settings = settings;
        this.sink = sink;
    }

    /** Findings whose paths start at {@code child} below this one. */
    Findings at(String child) {
        return new Findings(FieldPaths.join(prefix, child), settings, sink);
    }

    /** Reports {@code rule} at {@code path} for the rule's own form item. */
    void report(RuleInfo rule, String path, String message) {
        report(rule, path, rule.formItem(), message);
    }

    /** Reports {@code rule} at {@code path} for a specific form item. */
    void report(RuleInfo rule, String path, String formItem, String message) {
        if (settings.isDisabled(rule.id())) {
            return;
        }
        sink.add(new Violation(settings.severityOf(rule), rule.id(), FieldPaths.join(prefix, path), formItem,
                message));
    }
}
