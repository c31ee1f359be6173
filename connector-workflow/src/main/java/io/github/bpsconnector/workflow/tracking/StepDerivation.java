package io.github.bpsconnector.workflow.tracking;

import io.github.bpsconnector.indah.MetadataStatus;
import static io.github.bpsconnector.workflow.tracking.StepIds.*;

import io.github.bpsconnector.workflow.port.IndahState;
import io.github.bpsconnector.workflow.port.PengajuanState;
import io.github.bpsconnector.workflow.port.PortalNote;
import io.github.bpsconnector.workflow.sop.Actor;
import java.util.List;
import java.util.Optional;

/**
 * The SOP step of a kegiatan from the portals' raw statuses and the two facts only the journal knows (step 6 and
 * step 8 have no portal effect of their own). A pure function: the same inputs give the same position.
 */
final class StepDerivation {

    private StepDerivation() {
    }

    static Position derive(Optional<PengajuanState> romantik, boolean komitmenDrawnUp, boolean handedOver,
            Optional<IndahState> indah) {
        if (romantik.isEmpty()) {
            return Position.active(DAFTAR_KEGIATAN, "belum ada pengajuan di Romantik");
        }
        PengajuanState p = romantik.get();
        String detail = "Romantik: " + p.rawStatus();
        return switch (p.stage()) {
            case DRAFT -> Position.active(AJUKAN_REKOMENDASI, detail);
            case AT_WALIDATA -> Position.active(PERIKSA_WALIDATA, detail);
            case RETURNED_BY_WALIDATA -> Position.returned(AJUKAN_REKOMENDASI, PERIKSA_WALIDATA,
                    p.latestNote(Actor.WALIDATA), detail);
            case AT_PEMBINA -> Position.active(PERIKSA_PEMBINA_DATA, detail);
            case REVISION_REQUIRED -> Position.returned(AJUKAN_REKOMENDASI, PERIKSA_PEMBINA_DATA,
                    p.latestNote(Actor.PEMBINA_DATA), detail);
            case REJECTED -> Position.stopped(PERIKSA_PEMBINA_DATA, detail + " (tidak layak)");
            case CANCELLED -> Position.stopped(AJUKAN_REKOMENDASI, detail + " (dibatalkan)");
            case UNKNOWN -> Position.stopped(PERIKSA_PEMBINA_DATA, detail + " (status tidak dikenal)");
            case RECOMMENDED -> Position.active(komitmenDrawnUp ? UNGGAH_SURAT_KOMITMEN : SUSUN_SURAT_KOMITMEN,
                    detail);
            case COMPLETED -> handedOver ? afterHandOver(indah) : Position.active(LAPORKAN_KE_WALIDATA, detail);
        };
    }

    private static Position afterHandOver(Optional<IndahState> indah) {
        if (indah.isEmpty()) {
            return Position.active(LAPORKAN_KE_INDAH, "INDAH: belum dilaporkan");
        }
        String detail = "INDAH: " + indah.get().stage();
        return switch (indah.get().stage()) {
            case DRAFT -> Position.active(LAPORKAN_KE_INDAH, detail);
            case SUBMITTED, REVISED, UNDER_REVIEW -> Position.active(PERIKSA_LAPORAN_METADATA, detail);
            case CORRECTION_REQUIRED -> Position.returned(LAPORKAN_KE_INDAH, PERIKSA_LAPORAN_METADATA,
                    Optional.of(correction(indah.get())), detail);
            case APPROVED -> Position.active(PUBLIKASIKAN_METADATA, detail);
            case PUBLISHED -> new Position(LAKSANAKAN_KEGIATAN, CaseState.FINISHED, Optional.empty(), Optional.empty(),
                    detail);
            case REJECTED -> Position.stopped(PERIKSA_LAPORAN_METADATA, detail + " (ditolak)");
            case UNKNOWN -> Position.stopped(PERIKSA_LAPORAN_METADATA, detail + " (status tidak dikenal)");
        };
    }

    /** The note of INDAH's return: the {@code rejection_note}, by the reviewer of the latest review. */
    private static PortalNote correction(IndahState state) {
        List<PortalNote> reviews = state.reviews();
        Actor reviewer = reviews.isEmpty() ? Actor.PEMBINA_DATA : reviews.get(reviews.size() - 1).reviewer();
        return new PortalNote(reviewer, MetadataStatus.CORRECTION_REQUIRED.name(), state.rejectionNote(),
                reviews.isEmpty() ? "" : reviews.get(reviews.size() - 1).shownAt());
    }
}
