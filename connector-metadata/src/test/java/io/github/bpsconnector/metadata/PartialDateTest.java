package io.github.bpsconnector.metadata;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartialDateTest {

    @Test
    void parsesAndPrintsBothForms() {
        PartialDate month = PartialDate.parse("2018-08");
        PartialDate day = PartialDate.parse("2018-12-15");

        assertThat(month.isFullDate()).isFalse();
        assertThat(month.date()).isNull();
        assertThat(month.yearMonth()).isEqualTo(YearMonth.of(2018, 8));
        assertThat(month).hasToString("2018-08");
        assertThat(day.date()).isEqualTo(LocalDate.of(2018, 12, 15));
        assertThat(day).hasToString("2018-12-15");
        assertThat(PartialDate.ofDay(2, 1, 3)).hasToString("0002-01-03");
    }

    @Test
    void rejectsWhatIsNotADayOrMonth() {
        for (String bad : List.of("2018", "2018-13", "2018-02-30", "18-08", "2018-8", "2018-08-15T00:00",
                "Agustus 2018", "0000-01", " 2018-08")) {
            assertThatThrownBy(() -> PartialDate.parse(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
        assertThatThrownBy(() -> PartialDate.of(LocalDate.of(10000, 1, 1))).isInstanceOf(DateTimeException.class);
    }

    @Test
    void aMonthSpansItsDays() {
        PartialDate february = PartialDate.ofMonth(2024, 2);

        assertThat(february.firstDay()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(february.lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        PartialDate day = PartialDate.ofDay(2024, 2, 10);
        assertThat(day.firstDay()).isEqualTo(day.lastDay()).isEqualTo(day.date());
    }

    @Test
    void ordersByFirstDayWithTheMonthBeforeItsDays() {
        List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.ofDay(2018, 8, 2),
                PartialDate.ofDay(2018, 8, 1), PartialDate.ofMonth(2018, 9), PartialDate.ofMonth(2018, 8),
                PartialDate.ofDay(2018, 7, 31)));
        Collections.sort(dates);

        assertThat(dates).extracting(PartialDate::toString)
                .containsExactly("2018-07-31", "2018-08", "2018-08-01", "2018-08-02", "2018-09");
        assertThat(PartialDate.ofMonth(2018, 8)).isNotEqualTo(PartialDate.ofDay(2018, 8, 1))
                .isEqualTo(PartialDate.parse("2018-08"))
                .hasSameHashCodeAs(PartialDate.parse("2018-08"));
    }
}
