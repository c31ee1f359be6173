package io.github.bpsconnector.metadata.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule id: a failing case reports it (at the documented path), a near-miss passing case does not. */
class RuleCasesTest {

    static List<RuleCase> cases() {
        return RuleCases.all();
    }

    @Test
    void theBasePackageValidatesCleanOnBothFormVersions() {
        MetadataValidator validator = MetadataValidator.defaults();

        assertThat(validator.validate(TestPackages.valid(), TestPackages.context()).violations()).isEmpty();
        assertThat(validator.validate(TestPackages.valid(), TestPackages.romantik()).violations()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFailingCaseReportsTheRule(RuleCase rule) {
        ValidationReport report = rule.failing().validate();

        assertThat(report.byRule(rule.ruleId())).as(report.toText()).isNotEmpty();
        if (rule.path() != null) {
            assertThat(report.byRule(rule.ruleId())).extracting(Violation::fieldPath).as(report.toText())
                    .contains(rule.path());
        }
        Violation first = report.byRule(rule.ruleId()).get(0);
        assertThat(first.severity()).isEqualTo(rule.failing().settings()
                .severityOf(RuleCatalogue.find(rule.ruleId()).orElseThrow()));
        assertThat(first.message()).isNotBlank();
        assertThat(first.formItem()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theNearMissDoesNotReportTheRule(RuleCase rule) {
        ValidationReport report = rule.passing().validate();

        assertThat(report.byRule(rule.ruleId())).as(report.toText()).isEmpty();
    }

    @Test
    void everyRuleOfTheCatalogueHasACase() {
        Set<String> covered = cases().stream().map(RuleCase::ruleId).collect(Collectors.toSet());
        Set<String> catalogue = RuleCatalogue.all().stream().map(RuleInfo::id).collect(Collectors.toSet());

        assertThat(covered).containsExactlyInAnyOrderElementsOf(catalogue);
    }
}
