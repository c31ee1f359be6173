package io.github.bpsconnector.workflow.tracking;

import io.github.bpsconnector.workflow.port.PortalNote;
import java.util.Optional;

/**
 * Where the portals' statuses put a kegiatan: a step id, the state there and, when returned, the step that
 * returned it.
 */
record Position(String stepId, CaseState state, Optional<String> returnedFrom, Optional<PortalNote> returnNote,
        String detail) {

    static Position active(String stepId, String detail) {
        return new Position(stepId, CaseState.ACTIVE, Optional.empty(), Optional.empty(), detail);
    }

    static Position returned(String stepId, String from, Optional<PortalNote> note, String detail) {
        return new Position(stepId, CaseState.RETURNED, Optional.of(from), note, detail);
    }

    static Position stopped(String stepId, String detail) {
        return new Position(stepId, CaseState.STOPPED, Optional.empty(), Optional.empty(), detail);
    }
}
