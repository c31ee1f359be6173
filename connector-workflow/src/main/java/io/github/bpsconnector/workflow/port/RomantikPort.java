package io.github.bpsconnector.workflow.port;

import io.github.bpsconnector.metadata.MetadataPackage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The Produsen Data's side of Romantik (SOP steps 1, 2, 6, 7). Every write is idempotent on the portal side
 * (check-then-act by the natural key judul + tahun + instansi, or by the pengajuan id).
 */
public interface RomantikPort {

    /** The producer's pengajuan with this title and year (not cancelled), if there is one. */
    Optional<PengajuanState> find(String judul, int tahun);

    /**
     * The producer's pengajuan with this id. The tracker follows a pengajuan by id once the journal knows it: a
     * returned pengajuan may be retitled, and {@link #find} by the first title would no longer see it.
     */
    PengajuanState get(long id);

    /** Creates the draft of the package's pengajuan, or finds the existing one; returns its id (step 1). */
    long createDraft(MetadataPackage pkg);

    /** Fills, attaches and sends the pengajuan (step 2); returns its id. */
    long submit(MetadataPackage pkg, List<Attachment> files);

    /** Edits a returned pengajuan and sends it again (back at step 2 after "belum memenuhi"). */
    void revise(long id, MetadataPackage pkg, List<Attachment> files);

    /** Downloads the Surat Rekomendasi into {@code folder} and reads it (step 6). */
    LetterDownload downloadSuratRekomendasi(long id, Path folder);

    /** Uploads the Surat Komitmen (step 7); nothing happens if the same file is there already. */
    void uploadSuratKomitmen(long id, Path pdf);
}
