package io.github.bpsconnector.examples.report;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One kegiatan in the status report: its SOP steps as a timeline and its documents.
 *
 * @param title           the Judul Kegiatan
 * @param perangkatDaerah the perangkat daerah that runs it
 * @param steps           its steps in SOP order
 * @param documents       its documents
 */
public record KegiatanStatus(String title, String perangkatDaerah, List<StepStatus> steps,
        List<DocumentLink> documents) {

    /** Checks the fields and copies the lists. */
    public KegiatanStatus {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(perangkatDaerah, "perangkatDaerah");
        steps = List.copyOf(steps);
        documents = List.copyOf(documents);
    }

    /** The running step, if any. */
    public Optional<StepStatus> currentStep() {
        return steps.stream().filter(s -> s.state() == StepState.CURRENT).findFirst();
    }

    /** The worst SLA status of its steps. */
    public SlaStatus worstSla() {
        return steps.stream().map(StepStatus::sla).max(Comparator.comparingInt(SlaStatus::urgency))
                .orElse(SlaStatus.NONE);
    }
}
