package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.code.FormVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The regulation's own worked example, completed with marked synthetic values, against the rules. */
class WorkedExampleTest {

    private final WorkedExample example = WorkedExample.load();
    private final MetadataPackage pkg = example.toPackage();
    private final ValidationContext context = new ValidationContext(example.submissionDate(), ProducerLevel.PUSAT,
            FormVersion.PERBAN_5_2020);

    @Test
    void theFixtureCarriesTheRegulationsOwnValues() {
        assertThat(pkg.activity().title()).isEqualTo("Survei Kepuasan Jamaah Haji Indonesia 2018");
        assertThat(pkg.activity().organizer().institutionName()).isEqualTo("Kemeterian Agama RI");
        assertThat(pkg.activity().planning().objective()).startsWith("Untuk memenuhi ketentuan Pasal 10 ayat (1)");
        assertThat(pkg.variables()).extracting(v -> v.alias()).containsExactly("B1R5K1", "B1R6K1");
        assertThat(pkg.indicators()).hasSize(8);
        assertThat(pkg.indicators().get(0).name()).isEqualTo("Indeks Kepuasan Jamaah Haji Indonesia (IKJHI)");
        assertThat(pkg.indicators().get(0).componentIndicators()).hasSize(7);
    }

    @Test
    void validatesWithoutErrorsAndWithTheTwoWarningsTheExampleEarns() {
        ValidationReport report = MetadataValidator.defaults().validate(pkg, context);

        assertThat(report.isValid()).as(report.toText()).isTrue();
        assertThat(report.violations()).as(report.toText())
                .extracting(Violation::severity, Violation::ruleId, Violation::fieldPath)
                .containsExactly(
                        // SKJHI is annual, yet its title carries the year
                        tuple(Severity.WARNING, "E2", "msKeg.title"),
                        // the example's own column 12 says "Akomodasi", its MS-Ind no. 5 "Akomodasi (Hotel/Tenda)"
                        tuple(Severity.WARNING, "C9-REF", "msInd[0].componentIndicators[3]"));
        assertThat(report.warnings().get(1).message()).contains("Tingkat Kepuasan Pelayanan Akomodasi");
    }

    @Test
    void onTheRomantikFormItsMultiStageSamplingIsNotAnOption() {
        ValidationReport report = MetadataValidator.defaults().validate(pkg,
                context.withFormVersion(FormVersion.ROMANTIK_2023));

        assertThat(report.errors()).extracting(Violation::ruleId, Violation::fieldPath)
                .containsExactly(tuple("CODE", "msKeg.sampleDesign.samplingMethod"));
        assertThat(report.errors().get(0).message()).contains("Multi Stage Sampling",
                "Formulir Rekomendasi Kegiatan Statistik Sektoral (Romantik 2023)");
    }

    @Test
    void submittedOnceTheSurveyHadStartedItIsBackdated() {
        ValidationReport report = MetadataValidator.defaults().validate(pkg,
                context.withSubmissionDate(example.submissionDate().plusMonths(2)));

        assertThat(report.errors()).extracting(Violation::ruleId).containsExactly("E5");
        assertThat(report.errors().get(0).fieldPath()).isEqualTo("msKeg.planning.schedule.PENGUMPULAN_DATA[0].start");
    }
}
