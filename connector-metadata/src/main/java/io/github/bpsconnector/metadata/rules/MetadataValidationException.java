package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalException;

import java.util.Objects;

/**
 * The local metadata rules found at least one error, so nothing was sent ({@link Delivery#NOT_SENT}). Thrown by
 * {@link MetadataValidator#requireValid}; carries the whole {@link ValidationReport}, warnings included. The
 * message is a one-line English summary; {@link ValidationReport#toText()} gives the Indonesian report.
 */
public class MetadataValidationException extends PortalException {

    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    /**
     * @param report the report; should contain at least one error
     * @throws NullPointerException when {@code report} is {@code null}
     */
    public MetadataValidationException(ValidationReport report) {
        super(ErrorContext.of("local", "validate"), Delivery.NOT_SENT, describe(report), null);
        this.report = report;
    }

    /** The whole report. */
    public ValidationReport report() {
        return report;
    }

    private static String describe(ValidationReport report) {
        Objects.requireNonNull(report, "report");
        return "Metadata validation failed with " + report.errors().size() + " error(s) and "
                + report.warnings().size() + " warning(s); first: "
                + report.errors().stream().findFirst().map(v -> v.ruleId() + " at " + v.fieldPath())
                .orElse("none");
    }
}
