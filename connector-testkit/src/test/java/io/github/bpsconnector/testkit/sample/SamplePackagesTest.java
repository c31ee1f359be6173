package io.github.bpsconnector.testkit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.metadata.code.FormVersion;
import io.github.bpsconnector.metadata.rules.MetadataValidator;
import io.github.bpsconnector.metadata.rules.ProducerLevel;
import io.github.bpsconnector.metadata.rules.ValidationContext;
import io.github.bpsconnector.metadata.rules.ValidationReport;
import io.github.bpsconnector.metadata.rules.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class SamplePackagesTest {

    static final List<SamplePackages> SAMPLES = SamplePackages.JEMBER;
    private static final LocalDate SUBMISSION = LocalDate.of(2026, 3, 2);

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void eachSampleIsCleanWhenSubmittedOnItsDate(SamplePackages sample) {
        ValidationReport report = validate(sample, SUBMISSION.plusDays(SamplePackages.FIELD_WORK_AFTER_DAYS));

        assertThat(report.violations()).as(report.toText()).isEmpty();
    }

    @Test
    void fieldWorkBeforeTheDayOfFillingIsBackdated() {
        ValidationReport report = validate(SamplePackages.DINKES, SUBMISSION.minusDays(1));

        assertThat(report.errors()).extracting(Violation::ruleId).contains("E5");
    }

    private static ValidationReport validate(SamplePackages sample, LocalDate fieldWork) {
        return MetadataValidator.defaults().validate(sample.toPackage(SUBMISSION, fieldWork),
                new ValidationContext(SUBMISSION, ProducerLevel.KABUPATEN_KOTA, FormVersion.PERBAN_5_2020));
    }
}
