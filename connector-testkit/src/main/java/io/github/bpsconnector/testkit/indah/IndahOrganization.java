package io.github.bpsconnector.testkit.indah;

import java.util.Objects;

/**
 * An organisation of the simulated INDAH ({@code sdi-organizations}), keyed by BPS region codes: a province has
 * two digits ({@code 35}), a regency or city four ({@code 3509}); a province-level body has a city code ending in
 * {@code 00}.
 *
 * @param id the organisation id
 * @param name its name
 * @param role its role
 * @param provinceCode two-digit province code
 * @param provinceName province name
 * @param cityCode four-digit regency/city code
 * @param cityName regency/city name
 * @param address postal address
 * @param phone telephone
 * @param email e-mail
 * @param fax fax
 */
public record IndahOrganization(long id, String name, IndahRole role, String provinceCode, String provinceName,
        String cityCode, String cityName, String address, String phone, String email, String fax) {

    /** Validates the required fields. */
    public IndahOrganization {
        if (id <= 0) {
            throw new IllegalArgumentException("An organisation id is positive");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (provinceCode == null || !provinceCode.matches("\\d{2}")) {
            throw new IllegalArgumentException("A province code has two digits: " + provinceCode);
        }
        if (cityCode == null || !cityCode.matches("\\d{4}") || !cityCode.startsWith(provinceCode)) {
            throw new IllegalArgumentException("A city code has four digits and starts with the province code: "
                    + cityCode);
        }
    }

    /** @return whether the organisation works for a whole province (its city code ends in {@code 00}) */
    public boolean provinceLevel() {
        return cityCode.endsWith("00");
    }

    /**
     * Whether this organisation's region covers another's: the same organisation, or — for a Walidata or Pembina
     * Data — an organisation of the same regency/city, or of the same province when this one is province-level.
     *
     * @param other another organisation
     * @return whether this organisation may see and act on the other's records
     */
    public boolean covers(IndahOrganization other) {
        if (other.id == id) {
            return true;
        }
        if (role == IndahRole.PRODUSEN_DATA || !other.provinceCode.equals(provinceCode)) {
            return false;
        }
        return provinceLevel() || other.cityCode.equals(cityCode);
    }
}
