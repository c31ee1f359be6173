package io.github.bpsconnector.testkit.indah;

/** What an account may do within its organisation's role. */
public enum IndahFunction {
    /** Enters and submits the forms. */
    OPERATOR,
    /** Reviews and decides (Pemeriksaan by the Walidata, Pengesahan by the Pembina Data). */
    APPROVAL;

    /** @return the authority, e.g. {@code ROLE_OPERATOR} */
    public String authority() {
        return "ROLE_" + name();
    }
}
