package io.github.bpsconnector.workflow.document;

import java.time.LocalDate;

/** Dates as Indonesian letters write them, e.g. {@code 24 November 2026}; independent of the JVM's locale data. */
final class IndonesianDates {

    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember"};

    private IndonesianDates() {
    }

    static String format(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }
}
