package io.github.bpsconnector.romantik;

import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.rules.MetadataValidator;
import io.github.bpsconnector.metadata.rules.ValidationContext;
import io.github.bpsconnector.metadata.rules.ValidationReport;
import io.github.bpsconnector.metadata.rules.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The metadata module's rules of the MS-Keg, dated on the day of filling: completeness, the skip rules, the SOP's
 * no-backdate rule (E5 and NOBACKDATE) and the examiner checks E1–E9. Errors stop the submission; warnings are
 * logged and let it go.
 */
public final class MetadataRulesCheck implements SubmissionCheck {

    private static final Logger LOG = LoggerFactory.getLogger(MetadataRulesCheck.class);

    private final MetadataValidator validator;

    /** @param validator the validator (its settings, producer level and form version are used) */
    public MetadataRulesCheck(MetadataValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    @Override
    public List<CheckProblem> check(MetadataPackage pkg, LocalDate today) {
        ValidationContext context = validator.currentContext().withSubmissionDate(today);
        ValidationReport report = validator.validate(pkg.activity(), context);
        report.warnings().forEach(warning -> LOG.info("MS-Keg warning {} at {}: {}", warning.ruleId(),
                warning.fieldPath(), warning.message()));
        return report.errors().stream().map(MetadataRulesCheck::problem).toList();
    }

    private static CheckProblem problem(Violation violation) {
        return new CheckProblem(violation.fieldPath(), violation.ruleId(), violation.message());
    }
}
