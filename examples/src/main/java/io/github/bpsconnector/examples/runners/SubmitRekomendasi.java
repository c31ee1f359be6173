package io.github.bpsconnector.examples.runners;

import io.github.bpsconnector.testkit.sample.SampleDocuments;
import io.github.bpsconnector.testkit.sample.SamplePackages;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.romantik.BerkasKind;
import io.github.bpsconnector.romantik.RomantikClient;
import io.github.bpsconnector.romantik.SupportingFiles;
import io.github.bpsconnector.testkit.SimulatedPortals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * SOP steps 1 and 2: a Produsen Data asks BPS for a recommendation on Romantik: the form (Blok 0&ndash;VIII from the
 * MS-Keg), the KAK and the draft questionnaire (Blok IX), then "Kirim Formulir". Checked locally first (Perban
 * 5/2020, no backdate); never submitted twice.
 */
public final class SubmitRekomendasi {

    private SubmitRekomendasi() {
    }

    /** Submits the Dinas Kesehatan sample to the embedded simulated Romantik. */
    public static void main(String[] args) throws IOException {
        try (SimulatedPortals portals = SimulatedPortals.start();
                RomantikClient produsen = Examples.produsen(portals.romantik())) {
            long id = submit(produsen, Files.createTempDirectory("berkas"));
            System.out.println("Pengajuan " + id + ": " + produsen.detail(id).status());
        }
    }

    /** Submits the sample kegiatan with its Blok IX files written into {@code folder}; returns the pengajuan id. */
    public static long submit(RomantikClient produsen, Path folder) throws IOException {
        MetadataPackage pkg = SamplePackages.DINKES.toPackage(Examples.today());
        SupportingFiles files = SupportingFiles.of(BerkasKind.KAK, SampleDocuments.kak(pkg, folder))
                .with(BerkasKind.KUESIONER, SampleDocuments.kuesioner(pkg, folder));
        return produsen.submit(pkg, files);
    }
}
