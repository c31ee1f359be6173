package io.github.bpsconnector.metadata.rules;

/** The level of government of the Produsen Data whose forms are validated. */
public enum ProducerLevel {

    /** A kementerian or lembaga (Instansi Pusat). */
    PUSAT,

    /** A perangkat daerah of a province. */
    PROVINSI,

    /** A perangkat daerah of a kabupaten or kota. */
    KABUPATEN_KOTA;

    /** Whether this is a regional government (provinsi, kabupaten or kota). */
    public boolean isRegional() {
        return this != PUSAT;
    }
}
