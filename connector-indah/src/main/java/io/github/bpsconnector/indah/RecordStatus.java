package io.github.bpsconnector.indah;

import java.util.List;

/**
 * Where a record stands in its review: its status, the note of the last return or rejection, and the trail.
 *
 * @param kind          the instrument
 * @param id            the record id
 * @param status        the status
 * @param rejectionNote {@code rejection_note}, or {@code null}
 * @param reviews       the review trail, oldest first
 */
public record RecordStatus(MetadataKind kind, long id, StatusLabel status, String rejectionNote,
        List<Review> reviews) {

    public RecordStatus {
        reviews = List.copyOf(reviews);
    }

    static RecordStatus of(IndahRecord<?> record) {
        return new RecordStatus(record.kind(), record.id(), record.status(), record.rejectionNote(),
                record.reviews());
    }
}
