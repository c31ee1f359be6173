package io.github.bpsconnector.testkit.romantik;

import java.util.Locale;
import java.util.Objects;

/**
 * What makes two submissions "the same activity": the title (trimmed, spaces collapsed, case ignored), the year and
 * the instansi. Tests use it to prove that a client never submitted twice.
 *
 * @param judul the normalized title
 * @param tahun the year
 * @param instansiId the instansi
 */
public record NaturalKey(String judul, int tahun, String instansiId) {

    /** Normalizes the title. */
    public NaturalKey {
        Objects.requireNonNull(judul, "judul");
        Objects.requireNonNull(instansiId, "instansiId");
        judul = judul.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The natural key of a submission. */
    public static NaturalKey of(PengajuanView view) {
        return new NaturalKey(view.judul(), view.tahun(), view.instansi().id());
    }
}
