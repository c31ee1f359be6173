package io.github.bpsconnector.metadata.rules;

import java.util.Objects;

/**
 * One finding of the {@link MetadataValidator}: which rule, where, and what an official should do about it.
 *
 * @param severity  how serious it is
 * @param ruleId    the rule's id, e.g. {@code "C1"}, {@code "REQ-KEG-4.1"}, {@code "E5"}, {@code "SDS-3"} (see
 *                  {@link RuleCatalogue})
 * @param fieldPath where in the package, e.g. {@code "msKeg.design.frequency"} or {@code "msVar[3].definition"}:
 *                  {@code msKeg}, {@code msVar[i]} or {@code msInd[i]} (0-based position in the package) followed by
 *                  the model's accessor names
 * @param formItem  the item as the form prints it, e.g. {@code "R.4.2 Frekuensi Penyelenggaraan"}
 * @param message   what is wrong and how to fix it, in Indonesian
 */
public record Violation(Severity severity, String ruleId, String fieldPath, String formItem, String message) {

    /** @throws NullPointerException when any component is {@code null} */
    public Violation {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(fieldPath, "fieldPath");
        Objects.requireNonNull(formItem, "formItem");
        Objects.requireNonNull(message, "message");
    }

    /** Whether this violation blocks sending ({@link Severity#ERROR}). */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * One line for officials: {@code KESALAHAN [C1] msKeg.design.frequency (R.4.2 Frekuensi Penyelenggaraan):
     * message}.
     */
    public String toLine() {
        return severity.label() + " [" + ruleId + "] " + fieldPath + " (" + formItem + "): " + message;
    }
}
