package io.github.bpsconnector.workflow.runner;

import io.github.bpsconnector.workflow.arsip.KegiatanKey;
import io.github.bpsconnector.workflow.sop.SopStep;

/** Told about the runner's steps; for progress output and for tests that simulate a crash. */
public interface RunnerListener {

    /** Does nothing. */
    RunnerListener NONE = new RunnerListener() {
    };

    /**
     * Called after a step's portal action succeeded and before its outcome is journaled. A crash here (an exception
     * thrown) leaves the intent open; the next runner finds the effect on the portal and does not repeat it.
     */
    default void actionDone(KegiatanKey kegiatan, SopStep step) {
    }

    /** Called when a step's outcome is journaled. */
    default void stepDone(KegiatanKey kegiatan, SopStep step) {
    }
}
