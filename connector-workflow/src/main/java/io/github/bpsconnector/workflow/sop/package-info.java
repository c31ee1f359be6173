/**
 * The SOP "Pengelolaan Metadata Statistik Sektoral" as data, and the working-day calendar for its time limits.
 *
 * <ul>
 *   <li>{@link io.github.bpsconnector.workflow.sop.Sop}: the twelve steps ({@link
 *       io.github.bpsconnector.workflow.sop.SopStep}: actor, portal, duration, inputs, outputs, where a
 *       "belum memenuhi" goes back to), bundled and overridable by a file.</li>
 *   <li>{@link io.github.bpsconnector.workflow.sop.WorkingDayCalendar}: weekends and holidays ({@link
 *       io.github.bpsconnector.workflow.sop.HolidayList}) off; turns a {@link
 *       io.github.bpsconnector.workflow.sop.StepDuration} into a deadline.</li>
 * </ul>
 */
package io.github.bpsconnector.workflow.sop;
