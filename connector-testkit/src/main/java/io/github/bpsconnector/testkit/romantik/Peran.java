package io.github.bpsconnector.testkit.romantik;

/** The roles the simulated Romantik knows; {@link #label()} is what the pages show. */
public enum Peran {
    /** A Perangkat Daerah or other body that asks for a recommendation. */
    PRODUSEN_DATA("Produsen Data"),
    /** The regional Walidata (Diskominfo), who checks submissions before they go to BPS. */
    WALIDATA("Walidata"),
    /** BPS, who examines, asks for corrections and issues the Surat Rekomendasi (played by the reviewer). */
    PEMBINA_DATA("Pembina Data");

    private final String label;

    Peran(String label) {
        this.label = label;
    }

    /** The label shown on the pages, e.g. {@code Produsen Data}. */
    public String label() {
        return label;
    }
}
