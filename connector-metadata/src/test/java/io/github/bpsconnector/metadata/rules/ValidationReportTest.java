package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.PortalException;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsKeg;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ValidationReportTest {

    private static final Violation KEG_ERROR = new Violation(Severity.ERROR, "C1", "msKeg.design.frequency",
            "R.4.2 Frekuensi Penyelenggaraan", "Frekuensi penyelenggaraan wajib diisi.");
    private static final Violation VAR_10 = new Violation(Severity.WARNING, "SDS-1", "msVar[10].concept",
            "Kolom (4) Konsep", "Perbaiki huruf kapital.");
    private static final Violation VAR_2 = new Violation(Severity.ERROR, "REQ-VAR-5", "msVar[2].definition",
            "Kolom (5) Definisi", "Definisi wajib diisi.");
    private static final Violation IND_INFO = new Violation(Severity.INFO, "C13", "msInd[0].concept",
            "Kolom (3) Konsep", "Saran.");
    private static final Violation KEG_TITLE = new Violation(Severity.WARNING, "E2", "msKeg.title",
            "Judul Kegiatan", "Tanpa tahun.");

    private final ValidationReport report = ValidationReport.of(List.of(IND_INFO, VAR_10, KEG_ERROR, VAR_2,
            KEG_TITLE));

    @Test
    void sortsByFormThenPathWithNumbersComparedAsNumbers() {
        assertThat(report.violations()).containsExactly(KEG_ERROR, KEG_TITLE, VAR_2, VAR_10, IND_INFO);
    }

    @Test
    void filtersBySeverityRuleAndPath() {
        assertThat(report.errors()).containsExactly(KEG_ERROR, VAR_2);
        assertThat(report.warnings()).containsExactly(KEG_TITLE, VAR_10);
        assertThat(report.infos()).containsExactly(IND_INFO);
        assertThat(report.byRule("SDS-1")).containsExactly(VAR_10);
        assertThat(report.underPath("msVar[1]")).isEmpty();
        assertThat(report.underPath("msVar[10]")).containsExactly(VAR_10);
        assertThat(report.underPath("msKeg")).containsExactly(KEG_ERROR, KEG_TITLE);
        assertThat(report.underPath("msKeg.design")).containsExactly(KEG_ERROR);
        assertThat(report.underPath("msKeg.des")).isEmpty();
        assertThat(report.ruleIds()).containsExactly("C1", "E2", "REQ-VAR-5", "SDS-1", "C13");
    }

    @Test
    void validMeansNoErrorAndCleanMeansNothingAtAll() {
        ValidationReport warningsOnly = ValidationReport.of(List.of(KEG_TITLE, IND_INFO));

        assertThat(report.isValid()).isFalse();
        assertThat(report.highestSeverity()).contains(Severity.ERROR);
        assertThat(warningsOnly.isValid()).isTrue();
        assertThat(warningsOnly.isClean()).isFalse();
        assertThat(warningsOnly.highestSeverity()).contains(Severity.WARNING);
        assertThat(ValidationReport.EMPTY.isClean()).isTrue();
        assertThat(ValidationReport.EMPTY.highestSeverity()).isEmpty();
        assertThat(ValidationReport.of(List.of())).isSameAs(ValidationReport.EMPTY);
    }

    @Test
    void rendersOneIndonesianLinePerViolationAfterASummary() {
        List<String> lines = report.toText().lines().toList();

        assertThat(lines).containsExactly(
                "Hasil validasi: 2 kesalahan, 2 peringatan, 1 info.",
                "KESALAHAN [C1] msKeg.design.frequency (R.4.2 Frekuensi Penyelenggaraan): "
                        + "Frekuensi penyelenggaraan wajib diisi.",
                "PERINGATAN [E2] msKeg.title (Judul Kegiatan): Tanpa tahun.",
                "KESALAHAN [REQ-VAR-5] msVar[2].definition (Kolom (5) Definisi): Definisi wajib diisi.",
                "PERINGATAN [SDS-1] msVar[10].concept (Kolom (4) Konsep): Perbaiki huruf kapital.",
                "INFO [C13] msInd[0].concept (Kolom (3) Konsep): Saran.");
        assertThat(ValidationReport.EMPTY.toText()).isEqualTo("Hasil validasi: tidak ada temuan.");
        assertThat(report).hasToString(lines.get(0));
    }

    @Test
    void mergesAndCompares() {
        ValidationReport merged = ValidationReport.of(List.of(KEG_ERROR)).merge(ValidationReport.of(List.of(VAR_2)));

        assertThat(merged).isEqualTo(ValidationReport.of(List.of(VAR_2, KEG_ERROR)));
        assertThat(merged.hashCode()).isEqualTo(ValidationReport.of(List.of(VAR_2, KEG_ERROR)).hashCode());
        assertThatThrownBy(() -> merged.violations().add(KEG_TITLE)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void requireValidThrowsAPortalExceptionThatWasNeverSentAndCarriesTheReport() {
        MetadataValidator validator = MetadataValidator.builder()
                .clock(NoBackdateTest.fixedAt(TestPackages.SUBMISSION)).build();
        MetadataPackage pkg = Mutations.keg(k -> k.year(null)).apply(TestPackages.valid());

        MetadataValidationException e = catchThrowableOfType(MetadataValidationException.class,
                () -> validator.requireValid(pkg));

        assertThat(e).isInstanceOf(PortalException.class);
        assertThat(e.delivery()).isEqualTo(Delivery.NOT_SENT);
        assertThat(e.portal()).isEqualTo("local");
        assertThat(e.operation()).isEqualTo("validate");
        assertThat(e.retryable()).isFalse();
        assertThat(e.report().byRule("REQ-KEG-TAHUN")).hasSize(1);
        assertThat(e.getMessage()).contains("REQ-KEG-TAHUN at msKeg.year", "[local validate]");
        assertThatThrownBy(() -> validator.requireValid(MsKeg.EMPTY))
                .isInstanceOf(MetadataValidationException.class);
    }

    @Test
    void requireValidReturnsWhatPassesEvenWithWarnings() {
        MetadataValidator validator = MetadataValidator.builder().clock(NoBackdateTest.fixedAt(TestPackages.SUBMISSION))
                .producerLevel(ProducerLevel.KABUPATEN_KOTA).build();
        MetadataPackage withWarning = Mutations.collection(c -> c.pilotSurvey(false)).apply(TestPackages.valid());

        assertThat(validator.requireValid(withWarning)).isSameAs(withWarning);
        assertThat(validator.requireValid(withWarning.activity())).isSameAs(withWarning.activity());
    }

    @Test
    void formsValidatedOnTheirOwnHaveUnindexedPaths() {
        MetadataValidator validator = MetadataValidator.defaults();

        assertThat(validator.validate(TestPackages.satisfactionVariable().toBuilder().definition(null).build(),
                TestPackages.context()).violations()).extracting(Violation::fieldPath)
                .containsExactly("msVar.definition");
        assertThat(validator.validate(TestPackages.satisfiedShare().toBuilder().unit(null).build(),
                TestPackages.context()).violations()).extracting(Violation::fieldPath)
                .containsExactly("msInd.unit");
    }
}
