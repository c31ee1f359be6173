package io.github.bpsconnector.examples.runners;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.testkit.sample.SamplePackages;
import io.github.bpsconnector.romantik.PengajuanStatus;
import io.github.bpsconnector.romantik.RomantikClient;
import io.github.bpsconnector.romantik.SuratRekomendasiDownload;
import io.github.bpsconnector.testkit.SimulatedPortals;
import io.github.bpsconnector.testkit.romantik.NaturalKey;
import io.github.bpsconnector.testkit.romantik.SimulatedRomantik;
import io.github.bpsconnector.workflow.document.GeneratedDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each Romantik example runs as its {@code main} and does what it says on the simulated portal. */
class RomantikRunnersTest {

    @TempDir
    Path dir;

    private SimulatedPortals portals;
    private SimulatedRomantik romantik;
    private RomantikClient produsen;

    @BeforeEach
    void start() {
        portals = SimulatedPortals.start();
        romantik = portals.romantik();
        produsen = Examples.produsen(romantik);
    }

    @AfterEach
    void stop() {
        produsen.close();
        portals.close();
    }

    @Test
    void everyMainRuns() throws Exception {
        SubmitRekomendasi.main(new String[0]);
        FollowStatus.main(new String[0]);
        WalidataReview.main(new String[0]);
        DownloadSuratRekomendasi.main(new String[0]);
        UploadSuratKomitmen.main(new String[0]);
    }

    @Test
    void submitSendsOnePengajuanToTheWalidataEvenWhenRepeated() throws Exception {
        long id = SubmitRekomendasi.submit(produsen, dir);
        long again = SubmitRekomendasi.submit(produsen, dir);

        assertThat(again).isEqualTo(id);
        assertThat(produsen.detail(id).status()).isEqualTo(PengajuanStatus.AT_WALIDATA);
        assertThat(romantik.countByNaturalKey(new NaturalKey(SamplePackages.DINKES.title(),
                Examples.today().getYear(), "350901"))).isEqualTo(1);
    }

    @Test
    void followingShowsEachReviewersStep() throws Exception {
        List<String> lines = FollowStatus.follow(romantik, produsen);

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("AT_WALIDATA");
        assertThat(lines.get(1)).startsWith("AT_PEMBINA");
        assertThat(lines.get(2)).startsWith("RECOMMENDED");
    }

    @Test
    void theWalidataApprovesAPengajuanWithoutAlikeTitles() throws Exception {
        long id = SubmitRekomendasi.submit(produsen, dir);
        try (RomantikClient walidata = Examples.walidata(romantik)) {
            assertThat(WalidataReview.review(walidata)).containsExactly(SamplePackages.DINKES.title() + ": disetujui");
        }
        assertThat(produsen.detail(id).status()).isEqualTo(PengajuanStatus.AT_PEMBINA);
    }

    @Test
    void theLetterIsDownloadedReadAndTheKomitmenUploaded() throws Exception {
        long id = DownloadSuratRekomendasi.recommended(romantik, produsen);

        SuratRekomendasiDownload surat = produsen.downloadSuratRekomendasi(id, dir);
        assertThat(Files.readAllBytes(surat.download().path())).startsWith('%', 'P', 'D', 'F');
        assertThat(surat.letter().isLayak()).isTrue();
        assertThat(surat.letter().catatan()).hasSize(3);

        GeneratedDocument komitmen = UploadSuratKomitmen.upload(produsen, id, surat, dir);
        assertThat(produsen.detail(id).status()).isEqualTo(PengajuanStatus.COMPLETED);
        assertThat(produsen.detail(id).komitmenFileName()).isEqualTo(komitmen.path().getFileName().toString());
    }
}
