package io.github.bpsconnector.testkit.romantik;

import java.util.Objects;

/**
 * A province (two-digit code, e.g. {@code 35} Jawa Timur) or a regency/city (four-digit code, e.g. {@code 3509}
 * Kabupaten Jember), using BPS's area codes.
 *
 * @param kode the BPS area code
 * @param nama the area's name, e.g. {@code Kabupaten Jember}
 */
public record Wilayah(String kode, String nama) {

    /** Validates the code's shape. */
    public Wilayah {
        Objects.requireNonNull(kode, "kode");
        Objects.requireNonNull(nama, "nama");
        if (!kode.matches("\\d{2}|\\d{4}")) {
            throw new IllegalArgumentException("A wilayah code has 2 (province) or 4 (regency) digits: " + kode);
        }
    }

    /** Whether this is a province (two-digit code). */
    public boolean isProvinsi() {
        return kode.length() == 2;
    }

    /** The two-digit province code this area belongs to. */
    public String kodeProvinsi() {
        return kode.substring(0, 2);
    }
}
