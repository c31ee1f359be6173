package io.github.bpsconnector.examples.report;

import java.time.Duration;
import java.time.Instant;

/** How a step stands against its SLA deadline, with its colour in the status report. */
public enum SlaStatus {

    /** Done by its deadline, or running with time to spare. */
    ON_TIME("tepat waktu", "#1b7f3b", 1),

    /** Running, and the deadline is near. */
    DUE_SOON("mendekati batas waktu", "#b7791f", 2),

    /** Done late, or running past its deadline. */
    OVERDUE("terlambat", "#c53030", 3),

    /** No deadline applies (a step not started, or one without an SLA). */
    NONE("-", "#718096", 0);

    private final String label;
    private final String colour;
    private final int urgency;

    SlaStatus(String label, String colour, int urgency) {
        this.label = label;
        this.colour = colour;
        this.urgency = urgency;
    }

    /** How urgent the status is: none 0, on time 1, due soon 2, overdue 3. */
    public int urgency() {
        return urgency;
    }

    /** The Indonesian label, e.g. "terlambat". */
    public String label() {
        return label;
    }

    /** The CSS colour of the status. */
    public String colour() {
        return colour;
    }

    /**
     * The status of a step with {@code deadline}: done ({@code completedAt} not null) by the deadline is on time,
     * after it overdue; running at {@code now} past the deadline is overdue, within {@code dueSoon} of it due soon.
     *
     * @param deadline    the step's deadline, or {@code null} for none
     * @param completedAt when the step was done, or {@code null} while it runs
     * @param now         the current time
     * @param dueSoon     how close to the deadline a running step counts as due soon
     */
    public static SlaStatus of(Instant deadline, Instant completedAt, Instant now, Duration dueSoon) {
        if (deadline == null) {
            return NONE;
        }
        if (completedAt != null) {
            return completedAt.isAfter(deadline) ? OVERDUE : ON_TIME;
        }
        if (now.isAfter(deadline)) {
            return OVERDUE;
        }
        return now.plus(dueSoon).isAfter(deadline) ? DUE_SOON : ON_TIME;
    }
}
