package io.github.bpsconnector.testkit.romantik;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the catatan trail ({@code table#catatan}): who decided what, when, and why.
 *
 * @param waktu when the decision was made (simulated clock)
 * @param peran {@link Peran#WALIDATA} or {@link Peran#PEMBINA_DATA}
 * @param keputusan the decision's label, e.g. {@code Disetujui}, {@code Perbaikan}, {@code Layak}
 * @param catatan the note (may be empty)
 */
public record Catatan(Instant waktu, Peran peran, String keputusan, String catatan) {

    /** Decision label of a Walidata approval. */
    public static final String DISETUJUI = "Disetujui";
    /** Decision label of a Walidata rejection. */
    public static final String DITOLAK = "Ditolak";
    /** Decision label of a Pembina Data correction request. */
    public static final String PERBAIKAN = "Perbaikan";
    /** Decision label of a Pembina Data "Layak". */
    public static final String LAYAK = "Layak";
    /** Decision label of a Pembina Data "Tidak Layak". */
    public static final String TIDAK_LAYAK = "Tidak Layak";

    /** Checks that nothing is missing. */
    public Catatan {
        Objects.requireNonNull(waktu, "waktu");
        Objects.requireNonNull(peran, "peran");
        Objects.requireNonNull(keputusan, "keputusan");
        catatan = catatan == null ? "" : catatan;
    }
}
