package io.github.bpsconnector.workflow.port;

import io.github.bpsconnector.indah.MetadataStatus;
import java.util.List;
import java.util.Objects;

/**
 * A kegiatan's metadata on INDAH: the MS-Keg's status and the ids of its records.
 *
 * @param msKegId       the MS-Keg's id
 * @param stage         the MS-Keg's status
 * @param rejectionNote the note of the last return, {@code ""} if none
 * @param reviews       the review trail, oldest first
 * @param msVarIds      the ids of its MS-Var
 * @param msIndIds      the ids of its MS-Ind
 */
public record IndahState(long msKegId, MetadataStatus stage, String rejectionNote, List<PortalNote> reviews,
        List<Long> msVarIds, List<Long> msIndIds) {

    /** Copies the lists and turns a missing note into {@code ""}. */
    public IndahState {
        Objects.requireNonNull(stage, "stage");
        rejectionNote = rejectionNote == null ? "" : rejectionNote;
        reviews = List.copyOf(reviews);
        msVarIds = List.copyOf(msVarIds);
        msIndIds = List.copyOf(msIndIds);
    }
}
