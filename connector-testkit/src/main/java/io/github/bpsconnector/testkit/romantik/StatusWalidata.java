package io.github.bpsconnector.testkit.romantik;

/** Column "Pemeriksaan Walidata" (§2.6); empty until the producer sends the form. */
public enum StatusWalidata {
    /** Being checked by the Walidata. */
    PEMERIKSAAN("pemeriksaan"),
    /** Approved and forwarded to BPS. */
    DISETUJUI("disetujui"),
    /** Rejected; the producer may edit and send again. */
    DITOLAK("ditolak");

    private final String label;

    StatusWalidata(String label) {
        this.label = label;
    }

    /** The raw label shown in {@code td.status-walidata}. */
    public String label() {
        return label;
    }
}
