package io.github.bpsconnector.workflow.sop;

import java.util.Objects;

/**
 * The time the SOP gives a step: a number of working days (hari kerja), a number of minutes, or none.
 * {@link WorkingDayCalendar#deadline} turns it into a deadline.
 *
 * @param unit   what {@code amount} counts
 * @param amount how many; at least 1, and 0 exactly when the unit is {@link Unit#NONE}
 */
public record StepDuration(Unit unit, int amount) {

    /** What a {@link StepDuration} counts. */
    public enum Unit {
        /** Working days: weekends and holidays of the calendar do not count. */
        WORKING_DAYS,
        /** Minutes of plain elapsed time. */
        MINUTES,
        /** The step has no time limit (e.g. step 12, running the activity). */
        NONE
    }

    private static final StepDuration NO_LIMIT = new StepDuration(Unit.NONE, 0);

    /**
     * Checks the pairing of unit and amount.
     *
     * @throws IllegalArgumentException if the amount is not at least 1, or not 0 for {@link Unit#NONE}
     */
    public StepDuration {
        Objects.requireNonNull(unit, "unit");
        if (unit == Unit.NONE ? amount != 0 : amount < 1) {
            throw new IllegalArgumentException(
                    "a " + unit + " duration needs an amount " + (unit == Unit.NONE ? "of 0" : "of at least 1")
                            + ", got " + amount);
        }
    }

    /** {@code days} working days. */
    public static StepDuration workingDays(int days) {
        return new StepDuration(Unit.WORKING_DAYS, days);
    }

    /** {@code minutes} minutes. */
    public static StepDuration minutes(int minutes) {
        return new StepDuration(Unit.MINUTES, minutes);
    }

    /** No time limit. */
    public static StepDuration none() {
        return NO_LIMIT;
    }

    /** Whether the step has no time limit. */
    public boolean isNone() {
        return unit == Unit.NONE;
    }

    /** The duration as an SOP writes it, in Indonesian: {@code 3 hari kerja}, {@code 30 menit} or {@code -}. */
    public String label() {
        return switch (unit) {
            case WORKING_DAYS -> amount + " hari kerja";
            case MINUTES -> amount + " menit";
            case NONE -> "-";
        };
    }
}
