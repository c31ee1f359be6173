package io.github.bpsconnector.workflow.tracking;

/** How a kegiatan stands at its current step. */
public enum CaseState {
    /** The step's actor has to act. */
    ACTIVE,
    /** A reviewer returned the work ("belum memenuhi"): the step's actor has to correct it and send it again. */
    RETURNED,
    /** The kegiatan cannot go on: declared tidak layak, cancelled, rejected on INDAH, or an unknown status. */
    STOPPED,
    /** The metadata is published: the last step (running the activity) is the producer's own. */
    FINISHED
}
