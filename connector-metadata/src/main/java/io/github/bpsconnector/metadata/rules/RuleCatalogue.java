package io.github.bpsconnector.metadata.rules;

import java.util.List;
import java.util.Optional;

/**
 * Every rule the {@link MetadataValidator} applies, with its default severity, form item, what it checks and its
 * source. The rules table of the documentation is {@link #markdownTable()}.
 */
public final class RuleCatalogue {

    private RuleCatalogue() {
    }

    /** Every rule, in the order of the rules table. */
    public static List<RuleInfo> all() {
        return List.copyOf(Rules.CATALOGUE.values());
    }

    /** The rule with {@code id}, if there is one. */
    public static Optional<RuleInfo> find(String id) {
        return Optional.ofNullable(Rules.CATALOGUE.get(id));
    }

    /** The rules table in Markdown: id, severity, form, form item, what it checks, source. */
    public static String markdownTable() {
        StringBuilder table = new StringBuilder()
                .append("| Id | Severity | Form | Form item | Checks | Source |\n")
                .append("|---|---|---|---|---|---|\n");
        for (RuleInfo rule : all()) {
            table.append("| ").append(rule.id())
                    .append(" | ").append(rule.severity())
                    .append(" | ").append(rule.form())
                    .append(" | ").append(cell(rule.formItem()))
                    .append(" | ").append(cell(rule.checks()))
                    .append(" | ").append(cell(rule.source()))
                    .append(" |\n");
        }
        return table.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
