package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.code.FormVersion;

/**
 * What a rule may read besides the form: the settings and the validation context.
 *
 * @param settings the rule settings
 * @param context  the submission date, producer level and target form version
 */
record RuleContext(RuleSettings settings, ValidationContext context) {

    FormVersion formVersion() {
        return context.formVersion();
    }

    boolean isPerban() {
        return context.formVersion() == FormVersion.PERBAN_5_2020;
    }

    boolean isRomantik() {
        return context.formVersion() == FormVersion.ROMANTIK_2023;
    }
}
