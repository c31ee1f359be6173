package io.github.bpsconnector.examples.runners;

import io.github.bpsconnector.core.file.TargetFolder;
import io.github.bpsconnector.examples.sample.SampleProducers;
import io.github.bpsconnector.testkit.sample.SamplePackages;
import io.github.bpsconnector.romantik.RomantikClient;
import io.github.bpsconnector.romantik.SuratRekomendasiDownload;
import io.github.bpsconnector.romantik.letter.SuratRekomendasi;
import io.github.bpsconnector.testkit.SimulatedPortals;
import io.github.bpsconnector.workflow.document.GeneratedDocument;
import io.github.bpsconnector.workflow.document.SuratKomitmenPdf;
import io.github.bpsconnector.workflow.document.SuratRekomendasiInfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * SOP steps 6 and 7: from the downloaded Surat Rekomendasi the Produsen Data draws up the Surat Komitmen
 * Pelaksanaan (a PDF) and uploads it to Romantik.
 */
public final class UploadSuratKomitmen {

    private UploadSuratKomitmen() {
    }

    /** Gets a recommendation, draws up the Surat Komitmen and uploads it. */
    public static void main(String[] args) throws IOException {
        try (SimulatedPortals portals = SimulatedPortals.start();
                RomantikClient produsen = Examples.produsen(portals.romantik())) {
            long id = DownloadSuratRekomendasi.recommended(portals.romantik(), produsen);
            Path arsip = Files.createTempDirectory("arsip");
            GeneratedDocument komitmen = upload(produsen, id, produsen.downloadSuratRekomendasi(id, arsip), arsip);
            System.out.println(komitmen.path().getFileName() + " diunggah; status " + produsen.detail(id).status());
        }
    }

    /** Draws up the Surat Komitmen for the downloaded letter into {@code folder} and uploads it. */
    public static GeneratedDocument upload(RomantikClient produsen, long id, SuratRekomendasiDownload surat,
            Path folder) throws IOException {
        SuratRekomendasi letter = surat.letter();
        SuratRekomendasiInfo info = new SuratRekomendasiInfo(letter.nomorSurat(), letter.tanggal(), letter.kepada(),
                letter.judulKegiatan(), letter.tahun(), letter.identitasRekomendasi().text(), letter.hasil(),
                letter.catatan());
        GeneratedDocument komitmen = SuratKomitmenPdf.standard().write(info,
                SampleProducers.of(SamplePackages.DINKES, Examples.today()), TargetFolder.of(folder));
        produsen.uploadSuratKomitmen(id, komitmen.path());
        return komitmen;
    }
}
