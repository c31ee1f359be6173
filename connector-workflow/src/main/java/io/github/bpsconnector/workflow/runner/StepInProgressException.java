package io.github.bpsconnector.workflow.runner;

import io.github.bpsconnector.workflow.sop.SopStep;

/** Another runner (another process sharing the journal) holds the step's intent now; try again later. */
public final class StepInProgressException extends RuntimeException {

    private final String intentId;

    StepInProgressException(SopStep step, String intentId) {
        super("SOP step " + step.number() + " (" + step.id() + ") is being run by another runner (intent "
                + intentId + ")");
        this.intentId = intentId;
    }

    /** The journal intent another runner holds. */
    public String intentId() {
        return intentId;
    }
}
