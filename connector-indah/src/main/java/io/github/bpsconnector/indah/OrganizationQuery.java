package io.github.bpsconnector.indah;

import java.util.List;

/**
 * Filters of the organisation list ({@code /api/sdi-organizations}); {@code null} leaves a filter out.
 *
 * @param name         a part of the name
 * @param provinceCode a two-digit province code
 * @param cityCode     a four-digit regency/city code
 * @param roles        organisation roles, e.g. {@code PRODUSEN_DATA}, {@code WALIDATA}; empty for all
 */
public record OrganizationQuery(String name, String provinceCode, String cityCode, List<String> roles) {

    public OrganizationQuery {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** Every organisation. */
    public static OrganizationQuery all() {
        return new OrganizationQuery(null, null, null, List.of());
    }

    /** The Produsen Data of a regency/city. */
    public static OrganizationQuery producersOf(String cityCode) {
        return new OrganizationQuery(null, null, cityCode, List.of("PRODUSEN_DATA"));
    }

    /** This query with a name filter. */
    public OrganizationQuery withName(String value) {
        return new OrganizationQuery(value, provinceCode, cityCode, roles);
    }
}
