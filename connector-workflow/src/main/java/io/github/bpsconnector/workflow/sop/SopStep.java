package io.github.bpsconnector.workflow.sop;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One step of the SOP, as data: who does what, where, in how much time, with which inputs and outputs, and where
 * the work goes back to when a check ends "belum memenuhi". Steps are read from a definition file by {@link Sop};
 * code that automates a step finds it by its {@link #id()}, so that a region's SOP may number its steps
 * differently.
 *
 * @param number    the step's number in the SOP, from 1
 * @param id        a stable identifier in lower case with hyphens, e.g. {@code ajukan-rekomendasi}
 * @param name      what the SOP calls the step, in Indonesian
 * @param summary   what the step does, in English
 * @param actor     who carries it out
 * @param portal    where it is done
 * @param duration  the time the SOP gives it
 * @param inputs    what the step needs (kelengkapan/persyaratan), in Indonesian
 * @param outputs   what it produces (output), in Indonesian
 * @param returnsTo the number of the step the work goes back to when this step's check ends "belum memenuhi";
 *                  empty when the step has no such check
 */
public record SopStep(int number, String id, String name, String summary, Actor actor, Portal portal,
                      StepDuration duration, List<String> inputs, List<String> outputs, OptionalInt returnsTo) {

    /** Checks that nothing is missing and copies the lists. */
    public SopStep {
        if (number < 1) {
            throw new IllegalArgumentException("step number must be at least 1, got " + number);
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(portal, "portal");
        Objects.requireNonNull(duration, "duration");
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        Objects.requireNonNull(returnsTo, "returnsTo");
    }

    /** Whether a "belum memenuhi" at this step sends the work back to an earlier step. */
    public boolean canReturn() {
        return returnsTo.isPresent();
    }
}
