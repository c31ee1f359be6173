package io.github.bpsconnector.romantik;

/**
 * One problem a local check found before anything was sent.
 *
 * @param field the field path, e.g. {@code activity.planning.schedule.PENGUMPULAN_DATA[0].start}
 * @param rule the rule id, e.g. {@code SOP-NO-BACKDATE}
 * @param message the message for officials, in Indonesian
 */
public record CheckProblem(String field, String rule, String message) {
}
