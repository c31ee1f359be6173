package io.github.bpsconnector.examples.runners;

import io.github.bpsconnector.romantik.RomantikClient;
import io.github.bpsconnector.romantik.SuratRekomendasiDownload;
import io.github.bpsconnector.testkit.SimulatedPortals;
import io.github.bpsconnector.testkit.romantik.SimulatedRomantik;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * SOP step 6 (first half): the Produsen Data downloads the Surat Rekomendasi once BPS declared the kegiatan LAYAK:
 * streamed to a file with its SHA-256, and read (nomor, Identitas Rekomendasi, catatan).
 */
public final class DownloadSuratRekomendasi {

    private DownloadSuratRekomendasi() {
    }

    /** Submits, lets the reviewers recommend, downloads the letter. */
    public static void main(String[] args) throws IOException {
        try (SimulatedPortals portals = SimulatedPortals.start();
                RomantikClient produsen = Examples.produsen(portals.romantik())) {
            long id = recommended(portals.romantik(), produsen);
            SuratRekomendasiDownload surat = produsen.downloadSuratRekomendasi(id, Files.createTempDirectory("arsip"));
            System.out.println(surat.download().path() + " sha256 " + surat.download().sha256());
            System.out.println("Identitas Rekomendasi " + surat.letter().identitasRekomendasi().text() + ", "
                    + surat.letter().catatan().size() + " catatan");
        }
    }

    /** A pengajuan submitted, approved by the Walidata and recommended by BPS (the simulator's reviewer). */
    static long recommended(SimulatedRomantik romantik, RomantikClient produsen) throws IOException {
        Path berkas = Files.createTempDirectory("berkas");
        long id = SubmitRekomendasi.submit(produsen, berkas);
        romantik.reviewer().asWalidata().approve(id, "Tidak ada kegiatan serupa.");
        romantik.reviewer().asPembinaData().recommend(id, List.of("Cantumkan identitas rekomendasi pada kuesioner.",
                "Serahkan hasil kegiatan kepada BPS.", "Laporkan metadata ke INDAH."));
        return id;
    }
}
