package io.github.bpsconnector.testkit.romantik;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as the portal writes them: "5 Maret 2026" in letters, WIB (Asia/Jakarta) for times. */
final class IndonesianDates {

    /** The portal's time zone (WIB). */
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private static final String[] MONTHS = {
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    };
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(WIB);

    private IndonesianDates() {
    }

    /** {@code d MMMM yyyy} with the Indonesian month name, e.g. {@code 5 Maret 2026}. */
    static String longDate(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** {@code yyyy-MM-dd HH:mm} in WIB, as the tables show it. */
    static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    /** The day in WIB. */
    static LocalDate day(Instant instant) {
        return instant.atZone(WIB).toLocalDate();
    }
}
