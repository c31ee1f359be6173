package io.github.bpsconnector.testkit.indah;

/** The role of an organisation in Satu Data Indonesia, as INDAH's authorities name it. */
public enum IndahRole {
    /** A Perangkat Daerah or agency that produces statistics. */
    PRODUSEN_DATA,
    /** The coordinator of a region (Diskominfo): files for its producers and checks their metadata. */
    WALIDATA,
    /** BPS: examines and publishes the metadata. */
    PEMBINA_DATA;

    /** @return the authority, e.g. {@code ROLE_WALIDATA} */
    public String authority() {
        return "ROLE_" + name();
    }
}
