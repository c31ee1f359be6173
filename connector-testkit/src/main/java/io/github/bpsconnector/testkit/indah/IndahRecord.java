package io.github.bpsconnector.testkit.indah;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * A snapshot of one metadata record of the simulated INDAH, for assertions.
 *
 * @param id the record id
 * @param kind MS-Keg, MS-Var or MS-Ind
 * @param status its status
 * @param title {@code data.judul_kegiatan} (MS-Keg) or {@code data.nama} (MS-Var, MS-Ind)
 * @param submissionPeriod {@code submission_period}
 * @param producerId {@code produsen_data.id}
 * @param msKegId the parent MS-Keg of an MS-Var or MS-Ind, else {@code null}
 * @param baseId {@code base_id}, set by the Cycle action, else {@code null}
 * @param rejectionNote {@code rejection_note}, or {@code null}
 * @param reviews the {@code reviews} trail
 * @param envelope the record exactly as {@code GET …/{id}} returns it
 */
public record IndahRecord(long id, MetadataKind kind, MetadataStatus status, String title, int submissionPeriod,
        long producerId, Long msKegId, Long baseId, String rejectionNote, List<IndahReview> reviews,
        JsonNode envelope) {

    /** Copies the lists and the envelope. */
    public IndahRecord {
        reviews = List.copyOf(reviews);
        envelope = envelope.deepCopy();
    }

    /** @return the parent MS-Keg id of an MS-Var or MS-Ind */
    public Optional<Long> parent() {
        return Optional.ofNullable(msKegId);
    }

    /** @return a copy of the envelope */
    @Override
    public JsonNode envelope() {
        return envelope.deepCopy();
    }
}
