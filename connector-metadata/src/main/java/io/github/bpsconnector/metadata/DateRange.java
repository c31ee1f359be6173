package io.github.bpsconnector.metadata;

/**
 * One row of a schedule phase in R.3.3 Rencana Jadwal Kegiatan: Awal and Akhir, each a day or only a month. One
 * of them may be missing in a draft, but not both. Whether the end lies after the start is a rule for the
 * validator, not a structural condition.
 *
 * @param start Awal (start), or {@code null} when not filled
 * @param end   Akhir (end), or {@code null} when not filled
 */
public record DateRange(PartialDate start, PartialDate end) {

    /** @throws IllegalArgumentException when both bounds are {@code null} */
    public DateRange {
        if (start == null && end == null) {
            throw new IllegalArgumentException("A date range needs a start or an end");
        }
    }

    /** A range from {@code start} to {@code end}, either of which (but not both) may be {@code null}. */
    public static DateRange of(PartialDate start, PartialDate end) {
        return new DateRange(start, end);
    }

    /** A range parsed from ISO texts ({@code yyyy-MM} or {@code yyyy-MM-dd}); {@code null} leaves a bound open. */
    public static DateRange parse(String start, String end) {
        return new DateRange(start == null ? null : PartialDate.parse(start), end == null ? null : PartialDate.parse(end));
    }
}
