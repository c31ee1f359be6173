package io.github.bpsconnector.romantik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpsconnector.core.error.PortalRejectedException;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.testkit.sample.SamplePackages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Walidata's list, decisions and duplication check, and the public list of issued recommendations. */
class RomantikWalidataTest extends SimulatorTestBase {

    @Test
    void findsLikelyDuplicatesInTheRegionAndOnThePublicList() {
        RomantikClient produsen = produsen();
        long issued = produsen.submit(survey("Survei Kepuasan Pasien Puskesmas", 30), kakAndKuesioner());
        RomantikClient walidata = walidataClient();
        walidata.walidata().approve(issued, "");
        romantik.reviewer().asPembinaData().recommend(issued, CATATAN);
        long similar = produsen.submit(survey("Survei Kepuasan Pasien pada Puskesmas Kabupaten Jember", 31),
                kakAndKuesioner());
        long other = produsen.submit(survey("Survei Sasaran Imunisasi Balita", 32), kakAndKuesioner());

        List<DuplicateCandidate> found = walidata.walidata().duplicates(similar);

        assertThat(found).extracting(DuplicateCandidate::source).containsExactlyInAnyOrder(
                DuplicateCandidate.Source.REGION, DuplicateCandidate.Source.PUBLISHED);
        assertThat(found).allSatisfy(candidate -> {
            assertThat(candidate.judul()).isEqualTo("Survei Kepuasan Pasien Puskesmas");
            assertThat(candidate.score()).isGreaterThanOrEqualTo(WalidataOperations.DEFAULT_DUPLICATE_THRESHOLD);
        });
        assertThat(found).extracting(DuplicateCandidate::reference).contains(Long.toString(issued))
                .doesNotContain(Long.toString(other), Long.toString(similar));

        walidata.walidata().reject(similar, "Duplikasi dengan rekomendasi yang sudah terbit.");
        walidata.walidata().reject(similar, "Duplikasi dengan rekomendasi yang sudah terbit.");
        assertThat(romantik.counters().count("POST", "/walidata/pengajuan/{id}")).isEqualTo(2);
        assertThatThrownBy(() -> walidata.walidata().approve(similar, "berubah pikiran"))
                .isInstanceOf(PortalRejectedException.class).hasMessageContaining("RETURNED_BY_WALIDATA");
        assertThat(walidata.walidata().list().stream().map(PengajuanSummary::instansi).distinct())
                .containsExactly("Dinas Kesehatan Kabupaten Jember");
    }

    @Test
    void searchesThePublicListAndOpensADetailByItsToken() {
        RomantikClient produsen = produsen();
        long id = produsen.submit(SamplePackages.DINKES.toPackage(today()), kakAndKuesioner());
        walidataClient().walidata().approve(id, "");
        romantik.setNextRecommendationSequence("3509", 2026, 7);
        romantik.reviewer().asPembinaData().recommend(id, CATATAN);

        List<PublishedRecommendation> rows = produsen.publishedRecommendations(PublicSearch.forTitle("Puskesmas"))
                .stream().toList();
        PublishedRecommendationDetail detail = produsen.publishedRecommendation(rows.get(0).token());

        assertThat(rows).extracting(PublishedRecommendation::nomor).containsExactly("V-26.3509.007");
        assertThat(detail.judul()).isEqualTo(SamplePackages.DINKES.title());
        assertThat(detail.instansi()).isEqualTo("Dinas Kesehatan Kabupaten Jember");
        assertThat(produsen.publishedRecommendations(PublicSearch.forTitle("Imunisasi")).stream()).isEmpty();
    }

    private MetadataPackage survey(String judul, int fieldWorkInDays) {
        return SamplePackages.DINKES.retitled(judul).toPackage(today(), today().plusDays(fieldWorkInDays));
    }
}
