package io.github.bpsconnector.examples.runners;

import io.github.bpsconnector.romantik.PengajuanDetail;
import io.github.bpsconnector.romantik.RomantikClient;
import io.github.bpsconnector.testkit.SimulatedPortals;
import io.github.bpsconnector.testkit.romantik.SimulatedRomantik;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Following a pengajuan on Romantik: its normalized status and the three raw columns, and the reviewers' catatan,
 * as the Walidata and BPS (played by the simulator's reviewer) decide.
 */
public final class FollowStatus {

    private FollowStatus() {
    }

    /** Submits a pengajuan and prints its status after each reviewer's decision. */
    public static void main(String[] args) throws IOException {
        try (SimulatedPortals portals = SimulatedPortals.start();
                RomantikClient produsen = Examples.produsen(portals.romantik())) {
            follow(portals.romantik(), produsen).forEach(System.out::println);
        }
    }

    /** The status lines of one pengajuan from submission to recommendation. */
    public static List<String> follow(SimulatedRomantik romantik, RomantikClient produsen) throws IOException {
        long id = SubmitRekomendasi.submit(produsen, Files.createTempDirectory("berkas"));
        List<String> lines = new ArrayList<>();
        lines.add(line(produsen.detail(id)));
        romantik.reviewer().asWalidata().approve(id, "Tidak ada kegiatan serupa.");
        lines.add(line(produsen.detail(id)));
        romantik.reviewer().asPembinaData().recommend(id, List.of("Cantumkan identitas rekomendasi pada kuesioner.",
                "Serahkan hasil kegiatan kepada BPS.", "Laporkan metadata ke INDAH."));
        lines.add(line(produsen.detail(id)));
        return lines;
    }

    private static String line(PengajuanDetail detail) {
        return detail.status() + " " + detail.labels() + (detail.catatan().isEmpty() ? ""
                : " catatan terakhir: " + detail.catatan().get(detail.catatan().size() - 1).catatan());
    }
}
