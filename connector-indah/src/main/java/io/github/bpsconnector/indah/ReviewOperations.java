package io.github.bpsconnector.indah;

import java.util.Map;
import java.util.Objects;

/**
 * The review decisions (portal-model §1.4), for an account with the APPROVAL function: the Walidata's Pemeriksaan
 * (start review, approve, request correction with a note, reject) and the Pembina Data's Pengesahan (publish, or
 * request correction). Each is a PUT of the record's envelope with the new status; the portal checks the role and
 * the transition. After a lost answer the record is read again before anything is re-sent. Thread-safe.
 */
public final class ReviewOperations {

    private final Map<MetadataKind, MetadataRecords<?>> records;

    ReviewOperations(Map<MetadataKind, MetadataRecords<?>> records) {
        this.records = Map.copyOf(records);
    }

    /** SUBMITTED or REVISED → UNDER_REVIEW (Walidata). */
    public RecordStatus startReview(MetadataKind kind, long id) {
        return decide(kind, id, MetadataStatus.UNDER_REVIEW, null, "review.start");
    }

    /** UNDER_REVIEW → APPROVED (Walidata). */
    public RecordStatus approve(MetadataKind kind, long id) {
        return decide(kind, id, MetadataStatus.APPROVED, null, "review.approve");
    }

    /**
     * UNDER_REVIEW (Walidata) or APPROVED (Pembina Data) → CORRECTION_REQUIRED, with what to correct.
     *
     * @throws IllegalArgumentException if the note is blank
     */
    public RecordStatus requestCorrection(MetadataKind kind, long id, String note) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("a request for correction needs a note saying what to correct");
        }
        return decide(kind, id, MetadataStatus.CORRECTION_REQUIRED, note.trim(), "review.correction");
    }

    /** UNDER_REVIEW → REJECTED (Walidata), with the reason if given. */
    public RecordStatus reject(MetadataKind kind, long id, String note) {
        return decide(kind, id, MetadataStatus.REJECTED, note == null || note.isBlank() ? null : note.trim(),
                "review.reject");
    }

    /** APPROVED → PUBLISHED (Pembina Data, Pengesahan). */
    public RecordStatus publish(MetadataKind kind, long id) {
        return decide(kind, id, MetadataStatus.PUBLISHED, null, "review.publish");
    }

    /** Where a record stands: its status, note and review trail. */
    public RecordStatus status(MetadataKind kind, long id) {
        return of(kind).status(id);
    }

    private RecordStatus decide(MetadataKind kind, long id, MetadataStatus target, String note, String action) {
        return RecordStatus.of(decideTyped(of(kind), id, target, note, action));
    }

    private static <T> IndahRecord<T> decideTyped(MetadataRecords<T> records, long id, MetadataStatus target,
            String note, String action) {
        IndahRecord<T> current = records.get(id);
        if (current.statusValue() == target) {
            return current;
        }
        return records.changeStatus(current, target, note, action);
    }

    private MetadataRecords<?> of(MetadataKind kind) {
        return Objects.requireNonNull(records.get(Objects.requireNonNull(kind, "kind")), "kind");
    }
}
