package io.github.bpsconnector.romantik.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The duplication measure on realistic titles of regional statistical activities. */
class TitleSimilarityTest {

    private final TitleSimilarity similarity = TitleSimilarity.defaults();

    @Test
    void dropsStopWordsYearsAndRomanNumerals() {
        assertThat(similarity.tokens("Survei Kepuasan Masyarakat (SKM) Dinas Kesehatan Kabupaten Jember Tahun 2026 II"))
                .containsExactly("kepuasan", "masyarakat", "skm", "kesehatan", "jember");
        assertThat(similarity.withStopWords("Jember").tokens("Pendataan Keluarga Jember 2025"))
                .containsExactly("keluarga");
    }

    @Test
    void theSameActivityInAnotherYearOrWordingScoresHigh() {
        assertThat(similarity.score("Survei Kepuasan Masyarakat Kabupaten Jember 2025",
                "Survei Kepuasan Masyarakat Kabupaten Jember Tahun 2026")).isCloseTo(1.0, within(1e-9));
        assertThat(similarity.score("Survei Kepuasan Pasien Puskesmas", "Survey Kepuasan Pasien di Puskesmas"))
                .isCloseTo(1.0, within(1e-9));
        assertThat(similarity.score("Pendataan Usaha Mikro Kecil Kabupaten Jember",
                "Pendataan UMKM dan Usaha Mikro Kecil Menengah Jember")).isGreaterThan(0.5);
    }

    @Test
    void differentActivitiesScoreLow() {
        assertThat(similarity.score("Survei Kepuasan Pasien Puskesmas", "Pendataan Sasaran Imunisasi Balita"))
                .isLessThan(0.2);
        assertThat(similarity.score("Survei Harga Produsen Gabah", "Survei Kepuasan Masyarakat")).isLessThan(0.3);
        assertThat(similarity.score("Survei 2026", "Kegiatan Statistik 2026")).isZero();
    }

    @Test
    void ranksCandidatesByLikeness() {
        String title = "Survei Kepuasan Masyarakat terhadap Pelayanan Puskesmas";
        List<String> ranked = List.of("Survei Angkatan Kerja Daerah", "Survei Kepuasan Masyarakat Pelayanan Publik",
                "Survei Kepuasan Masyarakat terhadap Pelayanan Puskesmas 2025").stream()
                .sorted(Comparator.comparingDouble((String other) -> similarity.score(title, other)).reversed())
                .toList();

        assertThat(ranked).containsExactly("Survei Kepuasan Masyarakat terhadap Pelayanan Puskesmas 2025",
                "Survei Kepuasan Masyarakat Pelayanan Publik", "Survei Angkatan Kerja Daerah");
    }

    @Test
    void isSymmetricAndBounded() {
        String a = "Kompilasi Data Produksi Perikanan Budidaya";
        String b = "Pengumpulan Data Produksi Perikanan Tangkap";
        assertThat(similarity.score(a, b)).isEqualTo(similarity.score(b, a)).isBetween(0.0, 1.0);
    }
}
