package io.github.bpsconnector.workflow.sop;

/** Where a step of the SOP is done. */
public enum Portal {

    /** Romantik, BPS's portal for recommendations of statistical activities. */
    ROMANTIK("Romantik"),

    /** INDAH, BPS's portal for statistical metadata (MS-Keg, MS-Var, MS-Ind). */
    INDAH("INDAH"),

    /** No portal: work at the desk or between offices. */
    NONE("-");

    private final String label;

    Portal(String label) {
        this.label = label;
    }

    /** The portal's name as the SOP writes it; {@code -} for {@link #NONE}. */
    public String label() {
        return label;
    }
}
