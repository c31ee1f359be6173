package io.github.bpsconnector.testkit.romantik;

import java.util.HashMap;
import java.util.Map;

/**
 * The numbers BPS gives when it issues a letter, per issuing office and year: the Identitas Rekomendasi
 * ({@code V-26.3509.004}: kind, two-digit year, office code, sequence) and the letter number
 * ({@code B-12/3509/VS.300/2026}, modelled). Not thread-safe; the state's lock guards it.
 */
final class RecommendationNumbering {

    private final Map<String, Integer> nextIdentitas = new HashMap<>();
    private final Map<String, Integer> nextSurat = new HashMap<>();

    /** {@code V} for a survey or a census, {@code K} (kompromin) for a compilation or other method. */
    static char kind(String caraPengumpulanData) {
        return FormSchema.SURVEI.equals(caraPengumpulanData) || "PENCACAHAN_LENGKAP".equals(caraPengumpulanData)
                ? 'V' : 'K';
    }

    /** The next Identitas Rekomendasi of {@code kodeKantor} in {@code year}. */
    String nextIdentitas(char kind, int year, String kodeKantor) {
        int sequence = take(nextIdentitas, kodeKantor, year);
        return String.format("%c-%02d.%s.%03d", kind, year % 100, kodeKantor, sequence);
    }

    /** The next letter number of {@code kodeKantor} in {@code year}. */
    String nextNomorSurat(int year, String kodeKantor) {
        return "B-" + take(nextSurat, kodeKantor, year) + "/" + kodeKantor + "/VS.300/" + year;
    }

    /** Makes the next Identitas Rekomendasi of this office and year end in {@code sequence}. */
    void setNextSequence(String kodeKantor, int year, int sequence) {
        if (sequence < 1 || sequence > 999) {
            throw new IllegalArgumentException("sequence must be 1..999");
        }
        nextIdentitas.put(key(kodeKantor, year), sequence);
    }

    private static int take(Map<String, Integer> counters, String kodeKantor, int year) {
        String key = key(kodeKantor, year);
        int value = counters.getOrDefault(key, 1);
        counters.put(key, value + 1);
        return value;
    }

    private static String key(String kodeKantor, int year) {
        return kodeKantor + "/" + year;
    }
}
