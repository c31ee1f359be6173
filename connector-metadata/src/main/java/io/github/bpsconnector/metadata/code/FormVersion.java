package io.github.bpsconnector.metadata.code;

/**
 * A printed version of the MS-Keg form whose code numbers a value may be written in. The same item can carry
 * different numbers in different versions (e.g. R.4.3 Tipe Pengumpulan Data), so a raw code number means nothing
 * without its version; the model stores the named enum value instead.
 */
public enum FormVersion {

    /** Instrumen A of Peraturan BPS Nomor 5 Tahun 2020 tentang Petunjuk Teknis Metadata Statistik. */
    PERBAN_5_2020("Peraturan BPS Nomor 5 Tahun 2020"),

    /** The Formulir Rekomendasi Kegiatan Statistik Sektoral of the new Romantik (22 June 2023). */
    ROMANTIK_2023("Formulir Rekomendasi Kegiatan Statistik Sektoral (Romantik 2023)");

    private final String label;

    FormVersion(String label) {
        this.label = label;
    }

    /** The version's name in Indonesian, for messages to officials. */
    public String label() {
        return label;
    }
}
