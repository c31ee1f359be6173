package io.github.bpsconnector.testkit.romantik;

/** The level of an instansi, chosen first on the profile page ({@code tingkat_instansi}). */
public enum TingkatInstansi {
    /** A central body (kementerian, lembaga); no wilayah. */
    PUSAT("Pusat"),
    /** A province's body; wilayah is a two-digit province code. */
    PROVINSI("Provinsi"),
    /** A regency's or city's body; wilayah is a four-digit regency code. */
    KABUPATEN_KOTA("Kabupaten/Kota");

    private final String label;

    TingkatInstansi(String label) {
        this.label = label;
    }

    /** The label shown in the profile form. */
    public String label() {
        return label;
    }
}
