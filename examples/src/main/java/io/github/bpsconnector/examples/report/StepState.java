package io.github.bpsconnector.examples.report;

/** Where a kegiatan is on one SOP step. */
public enum StepState {

    /** The step is done. */
    DONE("selesai"),

    /** The step is running now. */
    CURRENT("berjalan"),

    /** The step has not started. */
    WAITING("belum dimulai");

    private final String label;

    StepState(String label) {
        this.label = label;
    }

    /** The Indonesian label, e.g. "selesai". */
    public String label() {
        return label;
    }
}
