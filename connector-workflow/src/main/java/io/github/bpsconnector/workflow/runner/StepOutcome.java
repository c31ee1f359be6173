package io.github.bpsconnector.workflow.runner;

import io.github.bpsconnector.workflow.port.PortalNote;
import io.github.bpsconnector.workflow.sop.SopStep;
import io.github.bpsconnector.workflow.tracking.KegiatanCase;
import io.github.bpsconnector.workflow.tracking.Waiting;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where {@link SopRunner#advance} stopped, and the steps it did on the way.
 *
 * @param kind          why it stopped
 * @param kegiatanCase  the case as last rebuilt
 * @param stepsDone     the steps the runner did in this call, in order
 * @param failure       the failure, when {@code kind} is {@link Kind#FAILED}
 */
public record StepOutcome(Kind kind, KegiatanCase kegiatanCase, List<SopStep> stepsDone,
        Optional<RuntimeException> failure) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Jakarta"));

    /** Why the runner stopped. */
    public enum Kind {
        /** The step is another actor's (a reviewer's, or one the runner is not configured to act as). */
        WAITING,
        /** A reviewer returned the work; the catatan says what to correct, then call again with the correction. */
        RETURNED,
        /** The kegiatan cannot go on (tidak layak, cancelled, rejected on INDAH, unknown status). */
        STOPPED,
        /** The metadata is published; step 12 (running the activity) is the producer's own. */
        FINISHED,
        /** A step failed; {@link #failure()} says why. Calling again resumes it. */
        FAILED
    }

    /** Checks the fields and copies the list. */
    public StepOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(kegiatanCase, "kegiatanCase");
        stepsDone = List.copyOf(stepsDone);
        Objects.requireNonNull(failure, "failure");
    }

    /** Who the kegiatan waits on and since when (also when returned: the producer must correct). */
    public Optional<Waiting> waitingOn() {
        return kegiatanCase.waitingOn();
    }

    /** The returning reviewer's catatan, when {@link Kind#RETURNED}. */
    public Optional<PortalNote> catatan() {
        return kegiatanCase.returnNote();
    }

    /** The step the kegiatan is at. */
    public SopStep step() {
        return kegiatanCase.step();
    }

    /** One line for an official, in Indonesian. */
    public String message() {
        SopStep step = kegiatanCase.step();
        String at = "langkah " + step.number() + " (" + step.name() + ")";
        return switch (kind) {
            case WAITING -> "menunggu " + step.actor().label() + " sejak "
                    + SHOWN.format(kegiatanCase.enteredAt()) + " WIB, " + at
                    + (kegiatanCase.overdue() ? "; melewati batas waktu" : "");
            case RETURNED -> "dikembalikan ke " + at + " oleh "
                    + kegiatanCase.returnedFrom().map(s -> s.actor().label()).orElse("pemeriksa")
                    + catatan().map(n -> ": " + n.note()).orElse("");
            case STOPPED -> "tidak dapat dilanjutkan di " + at + ": " + kegiatanCase.detail();
            case FINISHED -> "metadata sudah dipublikasikan; " + at;
            case FAILED -> "gagal di " + at + ": " + failure.map(Throwable::getMessage).orElse("");
        };
    }
}
