package io.github.bpsconnector.romantik;

import java.util.Objects;

/**
 * What to set in the Romantik profile. {@code wilayah} is {@code null} for PUSAT; {@code noHp} {@code null} keeps
 * the phone number shown.
 *
 * @param tingkatInstansi {@code PUSAT}, {@code PROVINSI} or {@code KABUPATEN_KOTA}
 * @param wilayah the province or regency code (BPS code, e.g. {@code 3509}), or {@code null}
 * @param instansiId the instansi id of the master instansi
 * @param noHp the phone number, or {@code null} to keep it
 */
public record ProfileUpdate(String tingkatInstansi, String wilayah, String instansiId, String noHp) {

    /** Requires the level and the instansi. */
    public ProfileUpdate {
        Objects.requireNonNull(tingkatInstansi, "tingkatInstansi");
        Objects.requireNonNull(instansiId, "instansiId");
    }
}
