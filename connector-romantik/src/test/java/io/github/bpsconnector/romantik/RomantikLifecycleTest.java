package io.github.bpsconnector.romantik;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.romantik.letter.SuratRekomendasi;
import io.github.bpsconnector.testkit.sample.SamplePackages;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The whole SOP flow on the simulated Romantik, with a correction round by the Walidata and by BPS. */
class RomantikLifecycleTest extends SimulatorTestBase {

    @Test
    void submitsFixesAfterTheWalidataAndBpsAndGetsTheLetter() throws Exception {
        RomantikClient produsen = produsen();
        MetadataPackage pkg = SamplePackages.DINKES.toPackage(today());

        assertThat(produsen.account().peran()).isEqualTo("Produsen Data");
        long id = produsen.submit(pkg, kakAndKuesioner());

        PengajuanDetail sent = produsen.detail(id);
        assertThat(sent.status()).isEqualTo(PengajuanStatus.AT_WALIDATA);
        assertThat(sent.labels()).isEqualTo(new StatusLabels("pengajuan", "pemeriksaan", ""));
        assertThat(produsen.attachedFiles(id)).extracting(AttachedFile::jenis).containsExactly("KAK", "KUESIONER");

        RomantikClient walidata = walidataClient();
        assertThat(walidata.walidata().list().stream().map(PengajuanSummary::id)).containsExactly(id);
        walidata.walidata().reject(id, "Lengkapi definisi variabel.");
        PengajuanDetail returned = produsen.detail(id);
        assertThat(returned.status()).isEqualTo(PengajuanStatus.RETURNED_BY_WALIDATA);
        assertThat(returned.latestNote(ReviewNote.Reviewer.WALIDATA)).get()
                .extracting(ReviewNote::catatan).isEqualTo("Lengkapi definisi variabel.");

        produsen.revise(id, pkg, kakAndKuesioner());
        assertThat(produsen.detail(id).status()).isEqualTo(PengajuanStatus.AT_WALIDATA);
        walidata.walidata().approve(id, "Tidak ada duplikasi.");
        assertThat(produsen.detail(id).status()).isEqualTo(PengajuanStatus.AT_PEMBINA);

        romantik.reviewer().asPembinaData().startExamination(id);
        romantik.reviewer().asPembinaData().requestCorrection(id, "Perjelas tujuan kegiatan.");
        assertThat(produsen.detail(id).status()).isEqualTo(PengajuanStatus.REVISION_REQUIRED);
        produsen.revise(id, pkg, SupportingFiles.none());
        PengajuanDetail fixed = produsen.detail(id);
        assertThat(fixed.status()).isEqualTo(PengajuanStatus.AT_PEMBINA);
        assertThat(fixed.labels().statusPerbaikan()).isEqualTo("sudah diperbaiki");

        romantik.setNextRecommendationSequence("3509", 2026, 4);
        romantik.reviewer().asPembinaData().recommend(id, CATATAN);
        PengajuanDetail layak = produsen.detail(id);
        assertThat(layak.status()).isEqualTo(PengajuanStatus.RECOMMENDED);
        assertThat(layak.nomorRekomendasi()).isEqualTo("V-26.3509.004");

        SuratRekomendasiDownload surat = produsen.downloadSuratRekomendasi(id, folder.resolve("surat"));
        assertThat(surat.download().path()).exists().hasFileName("Surat-Rekomendasi-V-26.3509.004.pdf");
        assertThat(Files.readAllBytes(surat.download().path())).startsWith("%PDF-".getBytes());
        SuratRekomendasi letter = surat.letter();
        assertThat(letter.identitasRekomendasi().text()).isEqualTo("V-26.3509.004");
        assertThat(letter.identitasRekomendasi().officeCode()).isEqualTo("3509");
        assertThat(letter.judulKegiatan()).isEqualTo(SamplePackages.DINKES.title());
        assertThat(letter.tahun()).isEqualTo(2026);
        assertThat(letter.kepada()).isEqualTo("Dinas Kesehatan Kabupaten Jember");
        assertThat(letter.tanggal()).isEqualTo(today());
        assertThat(letter.isLayak()).isTrue();
        assertThat(letter.catatan()).containsExactlyElementsOf(CATATAN);

        produsen.uploadSuratKomitmen(id, pdf("surat-komitmen.pdf"));
        produsen.rate(id, 5, "Pelayanan cepat.");
        PengajuanDetail done = produsen.detail(id);
        assertThat(done.status()).isEqualTo(PengajuanStatus.COMPLETED);
        assertThat(done.komitmenFileName()).isEqualTo("surat-komitmen.pdf");
        assertThat(done.rating()).isEqualTo(5);
        assertThat(romantik.duplicateNaturalKeys()).isEmpty();
    }
}
