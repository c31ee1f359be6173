package io.github.bpsconnector.workflow.port;

import io.github.bpsconnector.romantik.PengajuanStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A pengajuan as Romantik shows it to its Produsen Data.
 *
 * @param id                   the pengajuan's id on Romantik
 * @param judul                its Judul Kegiatan as Romantik shows it now (a returned pengajuan may be retitled)
 * @param stage                the normalized status
 * @param rawStatus            the raw status labels, for people and logs
 * @param identitasRekomendasi the Identitas Rekomendasi once layak, else {@code ""}
 * @param notes                every reviewer's catatan, oldest first
 * @param komitmenFileName     the uploaded Surat Komitmen's file name, {@code ""} if none
 */
public record PengajuanState(long id, String judul, PengajuanStatus stage, String rawStatus,
        String identitasRekomendasi, List<PortalNote> notes, String komitmenFileName) {

    /** Copies the notes and turns missing texts into {@code ""}. */
    public PengajuanState {
        Objects.requireNonNull(judul, "judul");
        Objects.requireNonNull(stage, "stage");
        rawStatus = rawStatus == null ? "" : rawStatus;
        identitasRekomendasi = identitasRekomendasi == null ? "" : identitasRekomendasi;
        notes = List.copyOf(notes);
        komitmenFileName = komitmenFileName == null ? "" : komitmenFileName;
    }

    /** The latest catatan of {@code reviewer}, if any. */
    public Optional<PortalNote> latestNote(io.github.bpsconnector.workflow.sop.Actor reviewer) {
        for (int i = notes.size() - 1; i >= 0; i--) {
            if (notes.get(i).reviewer() == reviewer) {
                return Optional.of(notes.get(i));
            }
        }
        return Optional.empty();
    }
}
