package io.github.bpsconnector.workflow.tracking;

import io.github.bpsconnector.workflow.sop.Actor;
import java.time.Instant;
import java.util.Objects;

/**
 * Who the kegiatan waits on, and since when.
 *
 * @param actor the actor of the current step
 * @param since when the kegiatan entered the step
 */
public record Waiting(Actor actor, Instant since) {

    /** Checks that both are given. */
    public Waiting {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(since, "since");
    }
}
