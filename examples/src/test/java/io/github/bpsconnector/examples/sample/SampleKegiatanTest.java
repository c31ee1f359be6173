package io.github.bpsconnector.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.metadata.code.FormVersion;
import io.github.bpsconnector.metadata.rules.MetadataValidator;
import io.github.bpsconnector.metadata.rules.ProducerLevel;
import io.github.bpsconnector.metadata.rules.ValidationContext;
import io.github.bpsconnector.metadata.rules.ValidationReport;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class SampleKegiatanTest {

    static final java.util.List<SampleKegiatan> SAMPLES = SampleKegiatan.JEMBER;

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void eachSampleIsCleanWhenSubmittedOnItsDate(SampleKegiatan sample) {
        LocalDate submission = LocalDate.of(2026, 3, 2);
        ValidationReport report = MetadataValidator.defaults().validate(sample.toPackage(submission),
                new ValidationContext(submission, ProducerLevel.KABUPATEN_KOTA, FormVersion.PERBAN_5_2020));

        assertThat(report.violations()).as(report.toText()).isEmpty();
    }
}
