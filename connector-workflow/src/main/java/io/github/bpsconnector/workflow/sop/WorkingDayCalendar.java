package io.github.bpsconnector.workflow.sop;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days for the SOP's time limits: every day is a working day except the weekend days (Saturday and Sunday
 * by default) and the holidays of a {@link HolidayList} (Indonesia's national holidays and cuti bersama by
 * default). Dates are taken in one time zone, Asia/Jakarta (WIB) by default.
 *
 * <p>How a {@link StepDuration} becomes a deadline:
 * <ul>
 *   <li><b>n working days</b> ("H+n"): the day the step starts does not count; the deadline is the end of the
 *       n-th working day after it, i.e. the instant the following day begins. A step started on Friday with
 *       1 working day is due by the end of Monday (or of the next working day, when Monday is a holiday). A step
 *       started on a day off counts from the next working day just the same.</li>
 *   <li><b>n minutes</b>: plain elapsed time, {@code start + n minutes}, with no office hours. The SOP's one such
 *       step (drawing up the Surat Komitmen, 30 minutes) is desk work measured in minutes; no more is modelled.</li>
 *   <li><b>no limit</b>: no deadline, never overdue.</li>
 * </ul>
 *
 * <p>When a date falls in a year for which the holiday list is not complete, the calendar logs one warning per
 * year: the holidays it does not know count as working days.
 *
 * <p>Immutable and thread-safe; uses {@code java.time} only.
 */
public final class WorkingDayCalendar {

    /** Western Indonesia Time (WIB), the default zone. */
    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    /** The largest number of working days a deadline may be asked for (about forty years). */
    public static final int MAX_WORKING_DAYS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendar.class);

    private final ZoneId zone;
    private final Set<DayOfWeek> weekend;
    private final HolidayList holidays;
    private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

    private WorkingDayCalendar(Builder builder) {
        this.zone = builder.zone;
        this.weekend = Set.copyOf(builder.weekend);
        this.holidays = builder.holidays;
    }

    /** Asia/Jakarta, Saturday and Sunday off, and the bundled holidays ({@link HolidayList#bundled()}). */
    public static WorkingDayCalendar indonesia() {
        return builder().build();
    }

    /** A builder that starts from the defaults of {@link #indonesia()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The zone in which instants become dates. */
    public ZoneId zone() {
        return zone;
    }

    /** The weekend days. */
    public Set<DayOfWeek> weekend() {
        return weekend;
    }

    /** The holidays. */
    public HolidayList holidays() {
        return holidays;
    }

    /** Whether {@code date} is neither a weekend day nor a holiday. */
    public boolean isWorkingDay(LocalDate date) {
        warnIfIncomplete(date.getYear());
        return !weekend.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /**
     * The {@code days}-th working day after {@code date} ({@code date} itself does not count); {@code date} itself
     * when {@code days} is 0.
     *
     * @throws IllegalArgumentException if {@code days} is negative or above {@link #MAX_WORKING_DAYS}
     */
    public LocalDate plusWorkingDays(LocalDate date, int days) {
        if (days < 0 || days > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("working days must be between 0 and " + MAX_WORKING_DAYS
                    + ", got " + days);
        }
        LocalDate day = date;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The working days after {@code from} up to and including {@code to}; negative when {@code to} is before
     * {@code from}. {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}.
     */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        long count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** {@link #workingDaysBetween(LocalDate, LocalDate)} of the dates of two instants in this calendar's zone. */
    public long workingDaysBetween(Instant from, Instant to) {
        return workingDaysBetween(dateOf(from), dateOf(to));
    }

    /**
     * When a step that started at {@code start} and is given {@code duration} is due (see the class comment);
     * empty when the duration has no limit.
     */
    public Optional<Instant> deadline(Instant start, StepDuration duration) {
        Objects.requireNonNull(start, "start");
        return switch (duration.unit()) {
            case NONE -> Optional.empty();
            case MINUTES -> Optional.of(start.plusSeconds(60L * duration.amount()));
            case WORKING_DAYS -> Optional.of(plusWorkingDays(dateOf(start), duration.amount())
                    .plusDays(1).atStartOfDay(zone).toInstant());
        };
    }

    /** Whether {@code now} is at or past the deadline; never for a duration with no limit. */
    public boolean isOverdue(Instant start, StepDuration duration, Instant now) {
        Objects.requireNonNull(now, "now");
        return deadline(start, duration).map(due -> !now.isBefore(due)).orElse(false);
    }

    /** The date of {@code instant} in this calendar's zone. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    private void warnIfIncomplete(int year) {
        if (!holidays.isComplete(year) && warnedYears.add(year)) {
            LOG.warn("The holiday list is not complete for {}: holidays it lacks count as working days. Load a "
                    + "complete list with HolidayList.load(...) ({})", year,
                    holidays.source(year).orElse("no holidays listed for that year"));
        }
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[" + zone + ", weekend " + weekend + ", " + holidays + "]";
    }

    /** Builds a {@link WorkingDayCalendar}. Not thread-safe. */
    public static final class Builder {
        private ZoneId zone = JAKARTA;
        private Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        private HolidayList holidays;

        private Builder() {
        }

        /** The zone in which instants become dates; Asia/Jakarta by default (WITA or WIT regions change it). */
        public Builder zone(ZoneId value) {
            this.zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /**
         * The weekend days; Saturday and Sunday by default.
         *
         * @throws IllegalArgumentException if no day of the week would be left to work
         */
        public Builder weekend(Set<DayOfWeek> days) {
            if (days.size() >= DayOfWeek.values().length) {
                throw new IllegalArgumentException("a weekend of every day leaves no working day");
            }
            this.weekend = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
            return this;
        }

        /** Replaces the holidays; {@link HolidayList#bundled()} by default. */
        public Builder holidays(HolidayList value) {
            this.holidays = Objects.requireNonNull(value, "holidays");
            return this;
        }

        /** Adds one day off (e.g. a regional holiday) to the holidays set so far. */
        public Builder addHoliday(Holiday holiday) {
            this.holidays = currentHolidays().plus(holiday);
            return this;
        }

        /** The calendar. */
        public WorkingDayCalendar build() {
            this.holidays = currentHolidays();
            return new WorkingDayCalendar(this);
        }

        private HolidayList currentHolidays() {
            return holidays != null ? holidays : HolidayList.bundled();
        }
    }
}
