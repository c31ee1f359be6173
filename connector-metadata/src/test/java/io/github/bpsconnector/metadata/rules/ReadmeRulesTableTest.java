package io.github.bpsconnector.metadata.rules;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The documentation's rules table is the catalogue's, so a rule cannot be added without documenting it. */
class ReadmeRulesTableTest {

    @Test
    void theReadmeHoldsTheGeneratedRulesTable() throws Exception {
        String readme = Files.readString(Path.of("docs/rules.md"));

        assertThat(readme).contains(RuleCatalogue.markdownTable());
        for (RuleInfo rule : RuleCatalogue.all()) {
            assertThat(readme).contains("| " + rule.id() + " | " + rule.severity() + " |");
        }
    }

    @Test
    void theReadmesOverrideExampleLoads() throws Exception {
        String readme = Files.readString(Path.of("docs/rules.md"));
        int start = readme.indexOf("```json") + "```json".length();
        String example = readme.substring(start, readme.indexOf("```", start));

        RuleSettings settings = RuleSettings.overriddenBy(
                new ByteArrayInputStream(example.getBytes(StandardCharsets.UTF_8)));

        assertThat(settings.forbiddenTitlePrefixes()).contains("SOSIALISASI");
        assertThat(settings.leadTimeDays()).isEqualTo(10);
        assertThat(settings.severityOverrides()).containsEntry("C12d", Severity.WARNING);
        assertThat(settings.disabledRules()).containsExactly("SDS-1");
    }

    @Test
    void everyRuleIdIsRegisteredOnceAndFindable() {
        assertThat(RuleCatalogue.all()).extracting(RuleInfo::id).doesNotHaveDuplicates();
        assertThat(RuleCatalogue.all()).hasSizeGreaterThan(80);
        assertThat(RuleCatalogue.find("NOBACKDATE")).get().extracting(RuleInfo::severity).isEqualTo(Severity.ERROR);
        assertThat(RuleCatalogue.find("C99")).isEmpty();
    }
}
