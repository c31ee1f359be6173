package io.github.bpsconnector.workflow.tracking;

import java.util.Optional;

/**
 * Where the portals' statuses put a kegiatan: a step id, the state there and, when returned, the step that
 * returned it.
 */
record Position(String stepId, CaseState state, Optional<String> returnedFrom, String detail) {

    static Position active(String stepId, String detail) {
        return new Position(stepId, CaseState.ACTIVE, Optional.empty(), detail);
    }

    static Position returned(String stepId, String from, String detail) {
        return new Position(stepId, CaseState.RETURNED, Optional.of(from), detail);
    }

    static Position stopped(String stepId, String detail) {
        return new Position(stepId, CaseState.STOPPED, Optional.empty(), detail);
    }
}
