package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MetadataPackage;

import java.util.function.UnaryOperator;

/**
 * One failing and one passing case of a rule: edits of {@link TestPackages#valid()}, each validated with its own
 * context and settings. The failing case must report {@code ruleId} (at {@code path} when given); the passing case
 * must not report it at all.
 */
record RuleCase(String ruleId, String name, Side failing, Side passing, String path) {

    /** One side of a case: the edit, the context and the settings it is validated with. */
    record Side(UnaryOperator<MetadataPackage> edit, ValidationContext context, RuleSettings settings) {

        static Side of(UnaryOperator<MetadataPackage> edit) {
            return new Side(edit, TestPackages.context(), RuleSettings.defaults());
        }

        Side edit(UnaryOperator<MetadataPackage> value) {
            return new Side(value, context, settings);
        }

        Side in(ValidationContext value) {
            return new Side(edit, value, settings);
        }

        Side with(RuleSettings value) {
            return new Side(edit, context, value);
        }

        ValidationReport validate() {
            return MetadataValidator.builder().settings(settings).build()
                    .validate(edit.apply(TestPackages.valid()), context);
        }
    }

    /** A case whose passing side is the unedited base package. */
    static RuleCase of(String ruleId, String name, UnaryOperator<MetadataPackage> failing) {
        return new RuleCase(ruleId, name, Side.of(failing), Side.of(Mutations.none()), null);
    }

    RuleCase passing(UnaryOperator<MetadataPackage> edit) {
        return new RuleCase(ruleId, name, failing, passing.edit(edit), path);
    }

    /** Reported at exactly this path in the failing case. */
    RuleCase at(String expectedPath) {
        return new RuleCase(ruleId, name, failing, passing, expectedPath);
    }

    RuleCase failingIn(ValidationContext context) {
        return new RuleCase(ruleId, name, failing.in(context), passing, path);
    }

    RuleCase passingIn(ValidationContext context) {
        return new RuleCase(ruleId, name, failing, passing.in(context), path);
    }

    /** Both sides validated with {@code settings}. */
    RuleCase with(RuleSettings settings) {
        return new RuleCase(ruleId, name, failing.with(settings), passing.with(settings), path);
    }

    /** Only the passing side validated with {@code settings}. */
    RuleCase passingWith(RuleSettings settings) {
        return new RuleCase(ruleId, name, failing, passing.with(settings), path);
    }

    @Override
    public String toString() {
        return ruleId + ": " + name;
    }
}
