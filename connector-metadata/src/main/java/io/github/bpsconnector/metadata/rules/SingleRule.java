package io.github.bpsconnector.metadata.rules;

import java.util.List;

/** A check that reports one rule id. */
abstract class SingleRule implements Rule {

    final RuleInfo rule;

    SingleRule(RuleInfo rule) {
        this.rule = rule;
    }

    @Override
    public final List<RuleInfo> infos() {
        return List.of(rule);
    }
}
