package io.github.bpsconnector.indah;

/**
 * An organisation of INDAH ({@code /api/sdi-organizations}): a Produsen Data, a Walidata or a Pembina Data.
 *
 * @param id           the organisation id
 * @param name         its name
 * @param provinceCode its two-digit province code, or {@code null}
 * @param cityCode     its four-digit regency/city code, or {@code null}
 * @param address      {@code details.address}, or {@code null}
 */
public record IndahOrganization(long id, String name, String provinceCode, String cityCode, String address) {
}
