package io.github.bpsconnector.examples.runners;

import io.github.bpsconnector.romantik.DuplicateCandidate;
import io.github.bpsconnector.romantik.PengajuanSummary;
import io.github.bpsconnector.romantik.RomantikClient;
import io.github.bpsconnector.testkit.SimulatedPortals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/**
 * SOP step 3: the Walidata checks the pengajuan sent by its perangkat daerah, at least for duplicated activities,
 * and approves it (forwarded to BPS) or returns it with catatan.
 */
public final class WalidataReview {

    private WalidataReview() {
    }

    /** A Produsen Data submits, then the Walidata reviews everything waiting for it. */
    public static void main(String[] args) throws IOException {
        try (SimulatedPortals portals = SimulatedPortals.start();
                RomantikClient produsen = Examples.produsen(portals.romantik());
                RomantikClient walidata = Examples.walidata(portals.romantik())) {
            SubmitRekomendasi.submit(produsen, Files.createTempDirectory("berkas"));
            review(walidata).forEach(System.out::println);
        }
    }

    /** Reviews every pengajuan at the Walidata: approves it unless alike titles exist; returns what was decided. */
    public static List<String> review(RomantikClient walidata) {
        List<PengajuanSummary> waiting = walidata.walidata().list().stream()
                .filter(p -> p.status() == io.github.bpsconnector.romantik.PengajuanStatus.AT_WALIDATA)
                .toList();
        return waiting.stream().map(p -> {
            List<DuplicateCandidate> alike = walidata.walidata().duplicates(p.id());
            if (alike.isEmpty()) {
                walidata.walidata().approve(p.id(), "Lengkap dan sesuai; tidak ada kegiatan serupa.");
                return p.judul() + ": disetujui";
            }
            walidata.walidata().reject(p.id(), "Kemungkinan duplikat dengan: " + alike.get(0).judul());
            return p.judul() + ": dikembalikan (kemungkinan duplikat)";
        }).toList();
    }
}
