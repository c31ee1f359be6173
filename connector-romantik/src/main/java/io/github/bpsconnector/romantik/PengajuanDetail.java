package io.github.bpsconnector.romantik;

import java.util.List;
import java.util.Optional;

/**
 * A pengajuan's detail page: the three raw status columns and the normalized status, each reviewer's catatan, the
 * recommendation identity, and what can be done next.
 *
 * @param id the system id
 * @param judul the title
 * @param tahun the year
 * @param labels the three raw status columns
 * @param status the normalized status
 * @param nomorRekomendasi the Identitas Rekomendasi, {@code ""} until layak
 * @param catatan every catatan, oldest first
 * @param suratRekomendasiAvailable whether the Surat Rekomendasi can be downloaded
 * @param komitmenAwaited whether the page asks for the Surat Komitmen
 * @param komitmenFileName the uploaded Surat Komitmen's name, {@code ""} if none
 * @param rating the service rating given (1–5), or {@code null}
 * @param deletable whether it can be deleted (a draft never sent)
 * @param cancellable whether it can be cancelled (sent)
 */
public record PengajuanDetail(long id, String judul, int tahun, StatusLabels labels, PengajuanStatus status,
        String nomorRekomendasi, List<ReviewNote> catatan, boolean suratRekomendasiAvailable,
        boolean komitmenAwaited, String komitmenFileName, Integer rating, boolean deletable, boolean cancellable) {

    /** Copies the notes. */
    public PengajuanDetail {
        catatan = List.copyOf(catatan);
    }

    /** The latest note of one reviewer, if any. */
    public Optional<ReviewNote> latestNote(ReviewNote.Reviewer reviewer) {
        ReviewNote latest = null;
        for (ReviewNote note : catatan) {
            if (note.reviewer() == reviewer) {
                latest = note;
            }
        }
        return Optional.ofNullable(latest);
    }
}
