package io.github.bpsconnector.indah;

/**
 * One entry of the public Standar Data Statistik Nasional list (portal-facts §5.3).
 *
 * @param id              the entry id
 * @param idSds           the SDS code, e.g. {@code SP00125.01.00}
 * @param konsep          the concept name
 * @param definisi        its definition
 * @param namaKlasifikasi the classification's name
 * @param klasifikasi     the classification text
 * @param ukuran          the measures, as written
 * @param satuan          the units, as written
 * @param flag            {@code KON} or {@code IND}
 * @param sumberContent   the source of the content
 */
public record SdsnEntry(long id, String idSds, String konsep, String definisi, String namaKlasifikasi,
        String klasifikasi, String ukuran, String satuan, String flag, String sumberContent) {
}
