package io.github.bpsconnector.workflow.sop;

/** Who carries out a step of the SOP (the roles of Satu Data Indonesia). */
public enum Actor {

    /** Produsen Data: the Perangkat Daerah that runs the statistical activity. */
    PRODUSEN_DATA("Produsen Data"),

    /** Walidata: the Diskominfo, which checks and reports the metadata of the region. */
    WALIDATA("Walidata"),

    /** Pembina Data: BPS, which examines the activity and its metadata. */
    PEMBINA_DATA("Pembina Data");

    private final String label;

    Actor(String label) {
        this.label = label;
    }

    /** The role's name as the SOP writes it, e.g. {@code Produsen Data}. */
    public String label() {
        return label;
    }
}
