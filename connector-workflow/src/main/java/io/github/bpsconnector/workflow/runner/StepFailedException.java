package io.github.bpsconnector.workflow.runner;

import io.github.bpsconnector.workflow.sop.SopStep;

/** A step of the runner failed; the cause says why. Internal: {@link SopRunner#advance} returns it as FAILED. */
final class StepFailedException extends RuntimeException {

    StepFailedException(SopStep step, RuntimeException cause) {
        super("SOP step " + step.number() + " (" + step.id() + ") failed: " + cause.getMessage(), cause);
    }
}
