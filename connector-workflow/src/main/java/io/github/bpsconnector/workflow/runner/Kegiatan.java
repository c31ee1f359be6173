package io.github.bpsconnector.workflow.runner;

import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.workflow.arsip.Arsip;
import io.github.bpsconnector.workflow.arsip.KegiatanKey;
import io.github.bpsconnector.workflow.document.ProducerDetails;
import io.github.bpsconnector.workflow.port.Attachment;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the runner needs to take one kegiatan through the SOP: its metadata package (the current, possibly
 * corrected, version), its supporting PDFs (KAK, kuesioner, ...; the MS-Var and MS-Ind PDFs are rendered by the
 * runner), and the producer's details for the Surat Komitmen.
 *
 * @param key      judul + tahun + instansi
 * @param metadata the MS-Keg, MS-Var and MS-Ind
 * @param files    the Blok IX supporting files
 * @param producer the details printed on the Surat Komitmen
 */
public record Kegiatan(KegiatanKey key, MetadataPackage metadata, List<Attachment> files, ProducerDetails producer) {

    /** Checks the fields and copies the files. */
    public Kegiatan {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(metadata, "metadata");
        files = List.copyOf(files);
        Objects.requireNonNull(producer, "producer");
    }

    /**
     * A kegiatan whose key is the package's title and year and the given instansi.
     *
     * @throws IllegalArgumentException if the package has no title or year
     */
    public static Kegiatan of(MetadataPackage metadata, String instansi, List<Attachment> files,
            ProducerDetails producer) {
        MsKeg activity = metadata.activity();
        if (activity.title() == null || activity.year() == null) {
            throw new IllegalArgumentException("the MS-Keg needs judul_kegiatan and tahun");
        }
        return new Kegiatan(new KegiatanKey(activity.title(), activity.year(), instansi), metadata, files, producer);
    }

    /**
     * The kegiatan as a {@link SopRunner} last kept its inputs in the arsip (it does when it first acts on it, and
     * again when they change, e.g. a corrected package after a return): the latest package, supporting files and
     * producer's details. The files are read in place, in the arsip.
     *
     * @return empty if no runner kept the kegiatan's inputs in this arsip
     * @throws IOException if the arsip cannot be read or a kept input cannot be read back
     */
    public static Optional<Kegiatan> fromArsip(Arsip arsip, KegiatanKey key) throws IOException {
        return KegiatanInputs.read(Objects.requireNonNull(arsip, "arsip"), Objects.requireNonNull(key, "key"));
    }

    /** The same kegiatan with a corrected package (after "belum memenuhi"). */
    public Kegiatan withMetadata(MetadataPackage corrected) {
        return new Kegiatan(key, corrected, files, producer);
    }
}
