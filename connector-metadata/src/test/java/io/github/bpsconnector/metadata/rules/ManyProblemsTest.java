package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.DateRange;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsInd;
import io.github.bpsconnector.metadata.MsVar;
import io.github.bpsconnector.metadata.MultiChoice;
import io.github.bpsconnector.metadata.code.CollectionMode;
import io.github.bpsconnector.metadata.code.Repetition;
import io.github.bpsconnector.metadata.code.SchedulePhase;
import io.github.bpsconnector.metadata.code.StatisticsType;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.github.bpsconnector.metadata.rules.Mutations.chain;
import static io.github.bpsconnector.metadata.rules.Mutations.collection;
import static io.github.bpsconnector.metadata.rules.Mutations.design;
import static io.github.bpsconnector.metadata.rules.Mutations.indicator;
import static io.github.bpsconnector.metadata.rules.Mutations.keg;
import static io.github.bpsconnector.metadata.rules.Mutations.organizerContact;
import static io.github.bpsconnector.metadata.rules.Mutations.phase;
import static io.github.bpsconnector.metadata.rules.Mutations.variable;
import static org.assertj.core.api.Assertions.assertThat;

/** One validation reports every problem of a package, across all forms, at once. */
class ManyProblemsTest {

    @Test
    void aPackageWithManyProblemsReportsAllOfThem() {
        MetadataPackage broken = chain(
                keg(k -> k.title("Laporan Kepuasan Layanan 2026").statisticsType(StatisticsType.STATISTIK_DASAR)),
                design(d -> d.repetition(Repetition.BERULANG).frequency(null)
                        .collectionModes(MultiChoice.of(Set.of(CollectionMode.LAINNYA), "Email"))),
                collection(c -> c.pilotSurvey(false)),
                organizerContact(c -> c.email("bukan-email")),
                phase(SchedulePhase.PENGUMPULAN_DATA, DateRange.parse("2026-02-01", "2026-01-15")),
                variable(1, v -> v.alias("B2R1").concept("rata-rata Waktu Tunggu")),
                indicator(0, i -> i.header(TestPackages.header("Kegiatan Lain")).componentIndicatorPublication(null)))
                .apply(TestPackages.valid());

        ValidationReport report = MetadataValidator.defaults().validate(broken, TestPackages.context());

        assertThat(report.ruleIds()).containsExactlyInAnyOrder(
                "C12d", "E1", "C12a", "C1", "E2", "C12c", "C5", "E8", "FMT-EMAIL", "E5", "DATE-RANGE", "E6",
                "ALIAS-UNIQUE", "SDS-1", "SDS-4", "C10", "C9", "C11");
        assertThat(report.isValid()).isFalse();
        assertThat(report.errors()).hasSizeGreaterThanOrEqualTo(11);
        assertThat(report.underPath("msVar[1]")).extracting(Violation::ruleId)
                .containsExactlyInAnyOrder("C10", "ALIAS-UNIQUE", "SDS-1", "SDS-4");
        assertThat(report.underPath("msInd[0]")).extracting(Violation::ruleId).containsExactlyInAnyOrder("C10", "C9");
    }

    @Test
    void anEmptyPackageListsEveryMissingItemOfEveryForm() {
        MetadataPackage empty = MetadataPackage.builder().addVariable(MsVar.EMPTY).addIndicator(MsInd.EMPTY).build();

        ValidationReport report = MetadataValidator.defaults().validate(empty, TestPackages.context());

        long requiredIds = RuleCatalogue.all().stream().map(RuleInfo::id).filter(id -> id.startsWith("REQ-")).count();
        assertThat(report.ruleIds().stream().filter(id -> id.startsWith("REQ-"))).hasSize((int) requiredIds);
        assertThat(report.violations()).allSatisfy(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR));
        assertThat(report.violations().get(0).fieldPath()).startsWith("msKeg");
        assertThat(report.violations().get(report.violations().size() - 1).fieldPath()).startsWith("msInd[0]");
    }
}
