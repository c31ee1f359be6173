package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.code.FormVersion;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/** The regulation's own worked example (the shared fixture), as printed and completed, against the rules. */
class WorkedExampleTest {

    private final WorkedExample example = WorkedExample.load();
    private final ValidationContext context = new ValidationContext(example.submissionDate(), ProducerLevel.PUSAT,
            FormVersion.PERBAN_5_2020);
    private final MetadataValidator validator = MetadataValidator.defaults();

    @Test
    void asPrintedItEarnsTheCorrectionsAWalidataWouldGet() {
        ValidationReport report = validator.validate(example.printed(), context);

        Map<String, Long> errorsByRule = report.errors().stream()
                .collect(Collectors.groupingBy(Violation::ruleId, TreeMap::new, Collectors.counting()));
        assertThat(errorsByRule).as(report.toText()).containsOnly(
                // the MS-Var/MS-Ind header says "... Indonesia 2018", the MS-Keg "... (SKJHI) 2018"
                entry("C10", 10L),
                // the BRS of 2018-11-22 falls inside "Agustus - Desember 2018" read as the collection period
                entry("DATE-RELEASE", 1L),
                // MS-Ind 2-8 are printed with number, name and definition only
                entry("REQ-IND-3", 7L), entry("REQ-IND-5", 7L), entry("REQ-IND-6", 7L), entry("REQ-IND-7", 7L),
                entry("REQ-IND-8", 7L), entry("REQ-IND-9", 7L), entry("REQ-IND-10", 7L), entry("REQ-IND-16", 7L),
                entry("REQ-IND-17", 7L));
        assertThat(report.byRule("REQ-IND-3")).extracting(Violation::fieldPath)
                .containsExactly("msInd[1].concept", "msInd[2].concept", "msInd[3].concept", "msInd[4].concept",
                        "msInd[5].concept", "msInd[6].concept", "msInd[7].concept");
        assertThat(report.warnings()).extracting(Violation::ruleId).containsExactly("E2", "C9-REF");
    }

    @Test
    void completedItValidatesWithoutErrorsAndWithTheTwoWarningsTheExampleEarns() {
        ValidationReport report = validator.validate(example.completed(), context);

        assertThat(report.isValid()).as(report.toText()).isTrue();
        assertThat(report.violations()).as(report.toText())
                .extracting(Violation::severity, Violation::ruleId, Violation::fieldPath)
                .containsExactly(
                        // SKJHI is annual, yet its title carries the year
                        tuple(Severity.WARNING, "E2", "msKeg.title"),
                        // the example's column 12 says "Akomodasi", its MS-Ind no. 5 "Akomodasi (Hotel/Tenda)"
                        tuple(Severity.WARNING, "C9-REF", "msInd[0].componentIndicators[3]"));
        assertThat(report.warnings().get(1).message()).contains("\"Tingkat Kepuasan Pelayanan Akomodasi\"");
    }

    @Test
    void theCompletionKeepsTheRegulationsValues() {
        MetadataPackage completed = example.completed();

        assertThat(completed.activity()).isEqualTo(example.printed().activity().toBuilder()
                .planning(completed.activity().planning()).build());
        assertThat(completed.variables()).extracting(v -> v.alias()).containsExactly("B1R5K1", "B1R6K1");
        assertThat(completed.indicators().get(0).toBuilder().header(example.printed().indicators().get(0).header())
                .build()).isEqualTo(example.printed().indicators().get(0));
        assertThat(completed.indicators()).extracting(i -> i.header().title())
                .containsOnly("Survei Kepuasan Jamaah Haji Indonesia (SKJHI) 2018");
    }

    @Test
    void onTheRomantikFormItsMultiStageSamplingIsNotAnOption() {
        ValidationReport report = validator.validate(example.completed(),
                context.withFormVersion(FormVersion.ROMANTIK_2023));

        assertThat(report.errors()).extracting(Violation::ruleId, Violation::fieldPath)
                .containsExactly(tuple("CODE", "msKeg.sampleDesign.samplingMethod"));
        assertThat(report.errors().get(0).message()).contains("Multi Stage Sampling",
                "Formulir Rekomendasi Kegiatan Statistik Sektoral (Romantik 2023)");
    }

    @Test
    void submittedOnceTheSurveyHadStartedItIsBackdated() {
        ValidationReport report = validator.validate(example.completed(),
                context.withSubmissionDate(example.submissionDate().plusMonths(2)));

        assertThat(report.errors()).extracting(Violation::ruleId, Violation::fieldPath)
                .containsExactly(tuple("E5", "msKeg.planning.schedule.PENGUMPULAN_DATA[0].start"));
    }
}
