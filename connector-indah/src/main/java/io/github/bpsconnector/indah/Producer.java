package io.github.bpsconnector.indah;

/**
 * The Produsen Data an MS-Keg belongs to (envelope {@code produsen_data}): an INDAH organisation.
 *
 * @param id           the organisation id on INDAH
 * @param name         its name, or {@code null}
 * @param provinceCode its two-digit province code, or {@code null}
 * @param cityCode     its four-digit regency/city code, or {@code null}
 */
public record Producer(long id, String name, String provinceCode, String cityCode) {

    /** The producer of an organisation found with {@link IndahClient#organizations}. */
    public static Producer of(IndahOrganization organization) {
        return new Producer(organization.id(), organization.name(), organization.provinceCode(),
                organization.cityCode());
    }
}
