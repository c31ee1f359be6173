package io.github.bpsconnector.testkit.romantik;

import java.util.Objects;

/**
 * One entry of the BPS <i>master instansi</i>. Blok I and R.2.1 of the form are filled from it.
 *
 * @param id the value of {@code select#instansi_id}
 * @param nama the instansi's name, e.g. {@code Dinas Kesehatan Kabupaten Jember}
 * @param tingkat its level
 * @param kodeWilayah the province or regency code, or {@code null} for {@link TingkatInstansi#PUSAT}
 * @param induk the government it belongs to (R.2.1 Eselon 1), e.g. {@code Pemerintah Kabupaten Jember}
 * @param alamat the address (R.1.2)
 * @param telepon the phone number (R.1.2)
 * @param email the e-mail address (R.1.2)
 */
public record Instansi(String id, String nama, TingkatInstansi tingkat, String kodeWilayah, String induk,
        String alamat, String telepon, String email) {

    /** Checks that the wilayah matches the level. */
    public Instansi {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nama, "nama");
        Objects.requireNonNull(tingkat, "tingkat");
        Objects.requireNonNull(induk, "induk");
        Objects.requireNonNull(alamat, "alamat");
        Objects.requireNonNull(telepon, "telepon");
        Objects.requireNonNull(email, "email");
        int expectedLength = switch (tingkat) {
            case PUSAT -> 0;
            case PROVINSI -> 2;
            case KABUPATEN_KOTA -> 4;
        };
        int actualLength = kodeWilayah == null ? 0 : kodeWilayah.length();
        if (actualLength != expectedLength) {
            throw new IllegalArgumentException("Instansi " + id + ": wilayah '" + kodeWilayah + "' does not fit " + tingkat);
        }
    }

    /**
     * The code of the BPS office that issues this instansi's recommendations: {@code 0000} for BPS Pusat,
     * {@code pp00} for a province, the regency code for a regency.
     */
    public String kodeKantorBps() {
        return switch (tingkat) {
            case PUSAT -> "0000";
            case PROVINSI -> kodeWilayah + "00";
            case KABUPATEN_KOTA -> kodeWilayah;
        };
    }
}
