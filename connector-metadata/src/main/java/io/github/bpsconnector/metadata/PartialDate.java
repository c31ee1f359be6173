package io.github.bpsconnector.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day, or only a month of a year: a schedule boundary or release date as a form gives it. Real forms often write
 * only "Agustus 2018" where the form asks for tanggal/bulan/tahun, so the model keeps what was written instead of
 * inventing a day. Immutable; its text form is ISO 8601: {@code 2018-08} or {@code 2018-08-15}, years 0001&ndash;9999.
 *
 * <p><strong>Comparing.</strong> A month stands for every day in it: {@link #firstDay()} is its earliest possible
 * day and {@link #lastDay()} its latest. A rule asking whether a start lies before some day should compare the
 * bound that fits its question (e.g. "field work not yet started" is safe only if {@code firstDay()} is after
 * today). The natural order ({@link #compareTo}) is a total order consistent with {@code equals}: by first day,
 * and a month before the full dates that fall in it ({@code 2018-08 < 2018-08-01 < 2018-08-02}).
 */
public final class PartialDate implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");
    private static final Comparator<PartialDate> ORDER = Comparator.comparing(PartialDate::firstDay)
            .thenComparing(PartialDate::isFullDate);

    private final YearMonth month;
    private final LocalDate day;

    private PartialDate(YearMonth month, LocalDate day) {
        if (month.getYear() < 1 || month.getYear() > 9999) {
            throw new DateTimeException("Year " + month.getYear() + " is outside 0001-9999");
        }
        this.month = month;
        this.day = day;
    }

    /** A full date. */
    public static PartialDate of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new PartialDate(YearMonth.from(date), date);
    }

    /** A month of a year, without a day. */
    public static PartialDate of(YearMonth month) {
        return new PartialDate(Objects.requireNonNull(month, "month"), null);
    }

    /**
     * A month of a year, without a day.
     *
     * @throws DateTimeException when the month is not 1&ndash;12 or the year not 1&ndash;9999
     */
    public static PartialDate ofMonth(int year, int month) {
        return of(YearMonth.of(year, month));
    }

    /**
     * A full date.
     *
     * @throws DateTimeException when the date does not exist or the year is not 1&ndash;9999
     */
    public static PartialDate ofDay(int year, int month, int day) {
        return of(LocalDate.of(year, month, day));
    }

    /**
     * Parses {@code yyyy-MM} or {@code yyyy-MM-dd}.
     *
     * @throws DateTimeParseException when the text is in neither form or names a day or month that does not exist
     */
    public static PartialDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher m = ISO.matcher(text);
        if (!m.matches()) {
            throw new DateTimeParseException("Expected yyyy-MM or yyyy-MM-dd", text, 0);
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            return m.group(3) == null ? ofMonth(year, month) : ofDay(year, month, Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new DateTimeParseException(e.getMessage(), text, 0, e);
        }
    }

    /** Whether a day is given, not only a month. */
    public boolean isFullDate() {
        return day != null;
    }

    /** The month (always present). */
    public YearMonth yearMonth() {
        return month;
    }

    /** The day, or {@code null} when only the month is given. */
    public LocalDate date() {
        return day;
    }

    /** The earliest day this value can mean: the day itself, or the first day of the month. */
    public LocalDate firstDay() {
        return day != null ? day : month.atDay(1);
    }

    /** The latest day this value can mean: the day itself, or the last day of the month. */
    public LocalDate lastDay() {
        return day != null ? day : month.atEndOfMonth();
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate && month.equals(((PartialDate) o).month)
                && Objects.equals(day, ((PartialDate) o).day);
    }

    @Override
    public int hashCode() {
        return Objects.hash(month, day);
    }

    /** The ISO 8601 form: {@code 2018-08} or {@code 2018-08-15}. */
    @Override
    public String toString() {
        return day != null ? day.toString() : month.toString();
    }
}
