package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.DateRange;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.code.SchedulePhase;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The SOP's "tidak bisa backdate" with a fixed clock: the submission date is today in the validator's clock. */
class NoBackdateTest {

    /** A clock fixed at 09:00 WIB on {@code day}. */
    static Clock fixedAt(LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).atZone(MetadataValidator.JAKARTA).toInstant(), MetadataValidator.JAKARTA);
    }

    private static MetadataPackage collectingFrom(String start) {
        return Mutations.phase(SchedulePhase.PENGUMPULAN_DATA, DateRange.parse(start, "2026-04-30"))
                .apply(TestPackages.valid());
    }

    private static ValidationReport validateOn(LocalDate today, MetadataPackage pkg) {
        return MetadataValidator.builder().clock(fixedAt(today)).producerLevel(ProducerLevel.KABUPATEN_KOTA).build()
                .validate(pkg);
    }

    @Test
    void theSubmissionDateIsTodayInTheValidatorsClock() {
        MetadataValidator validator = MetadataValidator.builder().clock(fixedAt(TestPackages.SUBMISSION)).build();

        assertThat(validator.currentContext().submissionDate()).isEqualTo(TestPackages.SUBMISSION);
    }

    @Test
    void theDateIsTakenInJakartaNotInUtc() {
        // 23:30 UTC on 1 March is already 06:30 on 2 March in Jakarta
        Clock lateUtc = Clock.fixed(ZonedDateTime.of(2026, 3, 1, 23, 30, 0, 0, ZoneId.of("UTC")).toInstant(),
                ZoneId.of("UTC"));

        MetadataValidator validator = MetadataValidator.builder().clock(lateUtc.withZone(MetadataValidator.JAKARTA))
                .build();

        assertThat(validator.currentContext().submissionDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void sevenWorkingDaysMustPassBetweenSubmissionAndFieldWork() {
        // Monday 2 March 2026 + 7 working days = Wednesday 11 March
        LocalDate monday = TestPackages.SUBMISSION;

        assertThat(validateOn(monday, collectingFrom("2026-03-11")).isClean()).isTrue();
        ValidationReport tooSoon = validateOn(monday, collectingFrom("2026-03-10"));
        assertThat(tooSoon.errors()).extracting(Violation::ruleId).containsExactly("NOBACKDATE");
        assertThat(tooSoon.errors().get(0).message()).contains("2026-03-10", "2026-03-02", "7 hari kerja",
                "paling cepat 2026-03-11");
    }

    @Test
    void theSameScheduleBecomesBackdatedAsTheClockMovesOn() {
        MetadataPackage pkg = collectingFrom("2026-03-20");

        assertThat(validateOn(LocalDate.of(2026, 3, 9), pkg).isClean()).isTrue();
        assertThat(validateOn(LocalDate.of(2026, 3, 12), pkg).errors()).extracting(Violation::ruleId)
                .containsExactly("NOBACKDATE");
        assertThat(validateOn(LocalDate.of(2026, 3, 20), pkg).errors()).extracting(Violation::ruleId)
                .containsExactly("NOBACKDATE");
        assertThat(validateOn(LocalDate.of(2026, 3, 21), pkg).errors()).extracting(Violation::ruleId)
                .containsExactly("E5");
    }

    @Test
    void theLeadTimeIsData() {
        RuleSettings calendarDays = RuleSettings.defaults().toBuilder().leadTime(3, false).build();
        MetadataValidator validator = MetadataValidator.builder().settings(calendarDays)
                .clock(fixedAt(TestPackages.SUBMISSION)).producerLevel(ProducerLevel.KABUPATEN_KOTA).build();

        assertThat(validator.validate(collectingFrom("2026-03-05")).isClean()).isTrue();
        assertThat(validator.validate(collectingFrom("2026-03-04")).byRule("NOBACKDATE")).hasSize(1);
        assertThat(NoBackdateRule.earliestStart(LocalDate.of(2026, 3, 6), RuleSettings.defaults()))
                .isEqualTo(LocalDate.of(2026, 3, 17));
    }
}
