package io.github.bpsconnector.workflow.sop;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTest {

    private static final ZoneId WIB = WorkingDayCalendar.JAKARTA;

    private final WorkingDayCalendar calendar = WorkingDayCalendar.indonesia();

    @Test
    void weekendsAreOff() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).as("Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 29))).as("Sunday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 30))).as("Monday").isTrue();
    }

    @Test
    void nationalHolidaysAndCutiBersamaAreOff() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 17))).as("Proklamasi, a Monday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 24))).as("cuti bersama Natal").isFalse();
        assertThat(calendar.holidays().on(LocalDate.of(2026, 8, 17)))
                .map(Holiday::kind).contains(Holiday.Kind.NATIONAL);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 18))).isTrue();
    }

    @Test
    void bundled2026HasTheSkbsSeventeenHolidaysAndEightCutiBersama() {
        List<Holiday> year = HolidayList.bundled().in(2026);

        assertThat(year).filteredOn(h -> h.kind() == Holiday.Kind.NATIONAL).hasSize(17);
        assertThat(year).filteredOn(h -> h.kind() == Holiday.Kind.CUTI_BERSAMA).hasSize(8);
        assertThat(HolidayList.bundled().isComplete(2026)).isTrue();
        assertThat(HolidayList.bundled().isComplete(2027)).as("2027 lacks the SKB's movable holidays").isFalse();
        assertThat(HolidayList.bundled().source(2026)).hasValueSatisfying(s -> assertThat(s).contains("SKB"));
    }

    @Test
    void oneWorkingDayFromThursdaySpansTheAscensionLongWeekend() {
        // Thu 14 May 2026 Kenaikan Yesus Kristus, Fri 15 May cuti bersama, then the weekend
        Instant start = wib(2026, 5, 13, 10, 0);

        assertThat(calendar.deadline(start, StepDuration.workingDays(1))).contains(wib(2026, 5, 19, 0, 0));
    }

    @Test
    void threeWorkingDaysAcrossNyepiAndIdulFitri() {
        // 18 Mar cuti bersama, 19 Nyepi, 20 cuti bersama, 21-22 Idul Fitri (weekend), 23-24 cuti bersama
        Instant start = wib(2026, 3, 17, 15, 30);

        assertThat(calendar.deadline(start, StepDuration.workingDays(3))).contains(wib(2026, 3, 28, 0, 0));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 24))).isZero();
    }

    @Test
    void aStepStartedOnAWeekendCountsFromMonday() {
        assertThat(calendar.deadline(wib(2026, 11, 28, 9, 0), StepDuration.workingDays(1)))
                .contains(wib(2026, 12, 1, 0, 0));
    }

    @Test
    void datesAreTakenInJakartaTime() {
        Instant fridayEveningUtcIsSaturdayInJakarta = Instant.parse("2026-11-27T18:00:00Z");

        assertThat(calendar.dateOf(fridayEveningUtcIsSaturdayInJakarta)).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(calendar.deadline(fridayEveningUtcIsSaturdayInJakarta, StepDuration.workingDays(1)))
                .contains(wib(2026, 12, 1, 0, 0));
    }

    @Test
    void minutesArePlainElapsedTimeAndNoLimitHasNoDeadline() {
        Instant start = wib(2026, 11, 27, 16, 45);

        assertThat(calendar.deadline(start, StepDuration.minutes(30))).contains(wib(2026, 11, 27, 17, 15));
        assertThat(calendar.deadline(start, StepDuration.none())).isEmpty();
        assertThat(calendar.isOverdue(start, StepDuration.none(), start.plusSeconds(10L * 365 * 86_400))).isFalse();
    }

    @Test
    void overdueFromTheDeadlineOn() {
        Instant start = wib(2026, 11, 23, 8, 0);
        Instant due = wib(2026, 11, 27, 0, 0); // Monday + 3 working days = end of Thursday

        assertThat(calendar.deadline(start, StepDuration.workingDays(3))).contains(due);
        assertThat(calendar.isOverdue(start, StepDuration.workingDays(3), due.minusNanos(1))).isFalse();
        assertThat(calendar.isOverdue(start, StepDuration.workingDays(3), due)).isTrue();
        assertThat(calendar.isOverdue(start, StepDuration.minutes(30), start.plusSeconds(29 * 60))).isFalse();
        assertThat(calendar.isOverdue(start, StepDuration.minutes(30), start.plusSeconds(30 * 60))).isTrue();
    }

    @Test
    void workingDaysBetweenUndoesPlusWorkingDays() {
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(3)) {
            for (int n : new int[] {0, 1, 3, 10, 40}) {
                LocalDate later = calendar.plusWorkingDays(day, n);
                assertThat(calendar.workingDaysBetween(day, later)).as("%s + %d", day, n).isEqualTo(n);
                assertThat(calendar.workingDaysBetween(later, day)).isEqualTo(-n);
                assertThat(n == 0 || calendar.isWorkingDay(later)).isTrue();
            }
        }
        assertThat(calendar.workingDaysBetween(wib(2026, 11, 23, 8, 0), wib(2026, 11, 30, 8, 0))).isEqualTo(5);
    }

    @Test
    void holidaysAndWeekendCanBeChanged(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("libur-2027.json");
        Files.writeString(file, """
                {"years": [{"year": 2027, "complete": true, "source": "SKB 2027 (test)", "holidays": [
                  {"date": "2027-03-10", "kind": "NATIONAL", "name": "Idul Fitri 1448 Hijriah"}]}]}
                """);
        Holiday hariJadi = new Holiday(LocalDate.of(2026, 1, 21), "Hari Jadi Kabupaten Jember", Holiday.Kind.LOCAL);

        WorkingDayCalendar custom = WorkingDayCalendar.builder()
                .holidays(HolidayList.bundled().without(Holiday.Kind.CUTI_BERSAMA).plus(HolidayList.load(file)))
                .addHoliday(hariJadi)
                .weekend(Set.of(DayOfWeek.SUNDAY))
                .zone(ZoneId.of("Asia/Makassar"))
                .build();

        assertThat(custom.isWorkingDay(LocalDate.of(2026, 12, 24))).as("cuti bersama removed").isTrue();
        assertThat(custom.isWorkingDay(LocalDate.of(2027, 3, 10))).as("added from the file").isFalse();
        assertThat(custom.isWorkingDay(LocalDate.of(2026, 1, 21))).as("local holiday").isFalse();
        assertThat(custom.isWorkingDay(LocalDate.of(2026, 11, 28))).as("Saturday now works").isTrue();
        assertThat(custom.holidays().isComplete(2027)).isTrue();
        assertThat(custom.dateOf(Instant.parse("2026-11-27T16:30:00Z"))).isEqualTo(LocalDate.of(2026, 11, 28));
    }

    @Test
    void badHolidayFilesAndSettingsAreRefused() {
        String outsideItsYear = "{\"years\": [{\"year\": 2026, \"complete\": true, \"source\": \"x\", \"holidays\": ["
                + "{\"date\": \"2027-01-01\", \"kind\": \"NATIONAL\", \"name\": \"Tahun Baru\"}]}]}";
        String badDate = outsideItsYear.replace("2027-01-01", "2026-02-30");

        assertThatThrownBy(() -> HolidayList.read(stream(outsideItsYear), "libur.json"))
                .isInstanceOf(DefinitionFormatException.class)
                .hasMessageContaining("libur.json: years[0].holidays[0].date: 2027-01-01 is not in 2026");
        assertThatThrownBy(() -> HolidayList.read(stream(badDate), "libur.json"))
                .isInstanceOf(DefinitionFormatException.class)
                .hasMessageContaining("years[0].holidays[0].date: not a date");
        assertThatThrownBy(() -> WorkingDayCalendar.builder().weekend(Set.of(DayOfWeek.values())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 1, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Instant wib(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(LocalDateTime.of(year, month, day, hour, minute), WIB).toInstant();
    }
}
