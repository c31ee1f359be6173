package io.github.bpsconnector.testkit.indah;

import java.util.NoSuchElementException;

/**
 * Plays a reviewer of the simulated INDAH: the Walidata's Pemeriksaan (start review, approve, ask for correction,
 * reject) and the Pembina Data's Pengesahan (publish, ask for correction). Every decision goes through the same
 * status machine and role checks as the HTTP API and appends to the record's {@code reviews} trail.
 */
public final class IndahReviewer {

    private final IndahState state;
    private final Actor actor;

    IndahReviewer(IndahState state, Actor actor) {
        this.state = state;
        this.actor = actor;
    }

    /**
     * SUBMITTED or REVISED → UNDER_REVIEW (Walidata).
     *
     * @param id record id
     * @return the record after the decision
     */
    public IndahRecord startReview(long id) {
        return decide(id, MetadataStatus.UNDER_REVIEW, null);
    }

    /**
     * UNDER_REVIEW → APPROVED (Walidata).
     *
     * @param id record id
     * @return the record after the decision
     */
    public IndahRecord approve(long id) {
        return decide(id, MetadataStatus.APPROVED, null);
    }

    /**
     * UNDER_REVIEW (Walidata) or APPROVED (Pembina Data) → CORRECTION_REQUIRED with a {@code rejection_note}.
     *
     * @param id record id
     * @param note what to correct (required)
     * @return the record after the decision
     */
    public IndahRecord requestCorrection(long id, String note) {
        return decide(id, MetadataStatus.CORRECTION_REQUIRED, note);
    }

    /**
     * UNDER_REVIEW → REJECTED (Walidata).
     *
     * @param id record id
     * @param note the reason, or {@code null}
     * @return the record after the decision
     */
    public IndahRecord reject(long id, String note) {
        return decide(id, MetadataStatus.REJECTED, note);
    }

    /**
     * APPROVED → PUBLISHED (Pembina Data).
     *
     * @param id record id
     * @return the record after the decision
     */
    public IndahRecord publish(long id) {
        return decide(id, MetadataStatus.PUBLISHED, null);
    }

    /**
     * @param id record id
     * @param target the status to move to
     * @param note the note, or {@code null}
     * @return the record after the decision
     * @throws IndahRejection if the status machine or the reviewer's role refuses it
     * @throws NoSuchElementException if there is no such record in the reviewer's region
     */
    public IndahRecord decide(long id, MetadataStatus target, String note) {
        try {
            return state.records.review(id, target, note, actor);
        } catch (MetadataStore.NotFound e) {
            throw new NoSuchElementException("No metadata record " + id + " visible to " + actor.username());
        }
    }

    @Override
    public String toString() {
        return "IndahReviewer[" + actor.username() + ", " + actor.role() + "]";
    }
}
