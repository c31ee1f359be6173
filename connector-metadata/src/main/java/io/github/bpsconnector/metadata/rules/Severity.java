package io.github.bpsconnector.metadata.rules;

/**
 * How serious a {@link Violation} is. Declared from most to least severe, so the natural order sorts errors first.
 */
public enum Severity {

    /** The portal or the examiner will refuse the form: it must be fixed before sending. */
    ERROR("KESALAHAN"),

    /** Likely to draw a correction note from the Walidata or BPS; worth fixing, but not blocking. */
    WARNING("PERINGATAN"),

    /** Advice only. */
    INFO("INFO");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The Indonesian label used in reports for officials, e.g. {@code "KESALAHAN"}. */
    public String label() {
        return label;
    }

    /** Whether this severity is more serious than {@code other}. */
    public boolean isMoreSevereThan(Severity other) {
        return compareTo(other) < 0;
    }
}
