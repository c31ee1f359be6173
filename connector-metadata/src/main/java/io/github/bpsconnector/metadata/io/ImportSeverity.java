package io.github.bpsconnector.metadata.io;

/** How serious an {@link ImportProblem} is. */
public enum ImportSeverity {

    /** The value or row could not be read; the package it belongs to is not imported. */
    ERROR("GALAT"),

    /** Worth a look, but nothing was lost: the import goes on. */
    WARNING("PERINGATAN");

    private final String label;

    ImportSeverity(String label) {
        this.label = label;
    }

    /** The Indonesian word printed in reports, e.g. {@code "GALAT"}. */
    public String label() {
        return label;
    }
}
