package io.github.bpsconnector.indah;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One MS-Keg, MS-Var or MS-Ind as INDAH holds it: its envelope read into typed values, its form read into the
 * model, and the envelope itself (a copy) so that nothing the model does not know is lost when it is sent back.
 *
 * @param id               the record id
 * @param kind             the instrument
 * @param status           the status (normalized and raw)
 * @param submissionPeriod {@code submission_period}, or 0 if missing
 * @param msKegId          the parent MS-Keg of an MS-Var or MS-Ind, else {@code null}
 * @param baseId           {@code base_id} (the record a Cycle started from), or {@code null}
 * @param rejectionNote    {@code rejection_note}, or {@code null}
 * @param reviews          the review trail, oldest first
 * @param producer         {@code produsen_data}, or {@code null}
 * @param form             the form read from {@code data}
 * @param envelope         the envelope as the portal sent it
 * @param <T>              the form type
 */
public record IndahRecord<T>(long id, MetadataKind kind, StatusLabel status, int submissionPeriod, Long msKegId,
        Long baseId, String rejectionNote, List<Review> reviews, Producer producer, T form, ObjectNode envelope) {

    public IndahRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        reviews = List.copyOf(reviews);
        envelope = envelope.deepCopy();
    }

    /** The envelope as the portal sent it (a copy). */
    @Override
    public ObjectNode envelope() {
        return envelope.deepCopy();
    }

    /** The normalized status. */
    public MetadataStatus statusValue() {
        return status.status();
    }

    /** The parent MS-Keg id of an MS-Var or MS-Ind. */
    public Optional<Long> parent() {
        return Optional.ofNullable(msKegId);
    }

    /** Kind, id, status and period; never the form content. */
    @Override
    public String toString() {
        return "IndahRecord[" + kind.label() + " " + id + ", " + status + ", " + submissionPeriod + "]";
    }
}
