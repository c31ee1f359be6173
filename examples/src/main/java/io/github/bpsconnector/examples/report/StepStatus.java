package io.github.bpsconnector.examples.report;

import java.time.Instant;
import java.util.Objects;

/**
 * One SOP step of a kegiatan, as the status report shows it.
 *
 * @param number      the step's number in the SOP (1&ndash;12)
 * @param name        what the step does, in Indonesian
 * @param actor       who does it: Produsen Data, Walidata or Pembina Data
 * @param state       done, running or waiting
 * @param sla         how it stands against its deadline
 * @param deadline    its SLA deadline, or {@code null} for none
 * @param completedAt when it was done, or {@code null}
 * @param outcome     what came of it (e.g. "dikembalikan: kemungkinan duplikat"), or {@code null}
 */
public record StepStatus(int number, String name, String actor, StepState state, SlaStatus sla, Instant deadline,
        Instant completedAt, String outcome) {

    /** Checks the required fields. */
    public StepStatus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(sla, "sla");
    }
}
