package io.github.bpsconnector.examples.demo;

import io.github.bpsconnector.examples.report.StatusReportHtml;
import io.github.bpsconnector.examples.report.StepRecord;
import io.github.bpsconnector.testkit.SimClock;
import io.github.bpsconnector.workflow.sop.Sop;
import io.github.bpsconnector.workflow.sop.SopStep;
import io.github.bpsconnector.workflow.sop.WorkingDayCalendar;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Prints each SOP step the demo takes, with the step's actor, its SLA and deadline by the working-day calendar, and
 * its outcome, and records it in the kegiatan's history for the status report.
 */
final class DemoLog {

    private static final DateTimeFormatter TIME = DateTimeFormatter
            .ofPattern("EEE d MMM HH.mm", Locale.forLanguageTag("id-ID")).withZone(StatusReportHtml.WIB);

    private final PrintWriter out;
    private final SimClock clock;
    private final Sop sop;
    private final WorkingDayCalendar calendar;

    DemoLog(PrintWriter out, SimClock clock, Sop sop, WorkingDayCalendar calendar) {
        this.out = out;
        this.clock = clock;
        this.sop = sop;
        this.calendar = calendar;
    }

    /** A heading for a simulated day. */
    void day(String what) {
        out.println();
        out.println("== " + TIME.format(clock.now()) + " WIB: " + what);
        out.flush();
    }

    /** A line that is no SOP step (context, the simulators' reviewers). */
    void note(String text) {
        out.println("   " + text);
        out.flush();
    }

    /** Step {@code number} of {@code kegiatan} done now with {@code outcome}; the next step starts now. */
    void done(DemoCase kegiatan, int number, String outcome) {
        Instant now = clock.now();
        SopStep step = sop.step(number);
        String sla = step.duration().isNone() ? "tanpa batas waktu"
                : "SLA " + step.duration().label() + ", batas "
                        + calendar.deadline(kegiatan.stepStarted, step.duration()).map(TIME::format).orElse("-")
                        + (calendar.isOverdue(kegiatan.stepStarted, step.duration(), now) ? " TERLAMBAT" : "");
        out.printf("[%2d] %-13s %-16s %s (%s)%n     -> %s%n", number, step.actor().label(),
                kegiatan.opd(), step.name(), sla, outcome);
        out.flush();
        kegiatan.history.add(new StepRecord(number, kegiatan.stepStarted, now, outcome));
        kegiatan.stepStarted = now;
    }
}
