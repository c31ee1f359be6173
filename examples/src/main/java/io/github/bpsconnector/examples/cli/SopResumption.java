package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.core.error.PortalException;
import io.github.bpsconnector.core.journal.Journal;
import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.workflow.arsip.Arsip;
import io.github.bpsconnector.workflow.arsip.KegiatanKey;
import io.github.bpsconnector.workflow.runner.InputsNotKeptException;
import io.github.bpsconnector.workflow.runner.SopRunner;
import io.github.bpsconnector.workflow.runner.StepOutcome;
import io.github.bpsconnector.workflow.sop.Sop;
import io.github.bpsconnector.workflow.sop.SopStep;
import io.github.bpsconnector.workflow.sop.WorkingDayCalendar;
import io.github.bpsconnector.workflow.tracking.KegiatanCase;
import io.github.bpsconnector.workflow.tracking.StepIds;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finishes the SOP steps of one kegiatan that a crash left open in the journal ({@code sop.<step id>} intents),
 * with {@link SopRunner}: it confirms the steps whose effect is on the portals ({@link SopRunner#settle}) and, when
 * the step the kegiatan stands at is open, does it again with the kegiatan's inputs the runner kept in the arsip
 * ({@link SopRunner#resume}), whatever the step (the Surat Komitmen's too).
 */
final class SopResumption {

    private final Journal journal;
    private final Arsip arsip;
    private final Path workDir;
    private final WorkspacePorts ports;
    private final Sop sop;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final PrintWriter out;

    SopResumption(Journal journal, Arsip arsip, Path workDir, WorkspacePorts ports, Sop sop,
            WorkingDayCalendar calendar, Clock clock, PrintWriter out) {
        this.journal = journal;
        this.arsip = arsip;
        this.workDir = workDir;
        this.ports = ports;
        this.sop = sop;
        this.calendar = calendar;
        this.clock = clock;
        this.out = out;
    }

    /** Resumes (or, with {@code dryRun}, describes) the open step intents of {@code key}; returns the exit code. */
    int resume(KegiatanKey key, List<JournalEntry> open, boolean dryRun) {
        out.println("* kegiatan " + key.title() + " (" + key.year() + ", " + key.institution() + "): langkah "
                + open.stream().map(this::stepOf).map(s -> s.number() + " (" + s.name() + ")")
                        .collect(Collectors.joining(", ")) + " terputus");
        if (dryRun) {
            out.println("  akan dibaca ulang dari portal: langkah yang efeknya sudah ada dicatat selesai, langkah"
                    + " tempat kegiatan berada dikerjakan ulang oleh SopRunner dengan masukan yang disimpannya di"
                    + " arsip.");
            return ExitCodes.OK;
        }
        try {
            SopRunner runner = runner(key, open);
            KegiatanCase now = runner.settle(key);
            String current = StepIds.operation(now.step().id());
            for (JournalEntry entry : open) {
                if (!entry.operation().equals(current) && !isOpen(entry)) {
                    out.println("  langkah " + stepOf(entry).number() + ": sudah terjadi di portal (kegiatan kini di"
                            + " langkah " + now.step().number() + "); dicatat selesai.");
                }
            }
            List<JournalEntry> pending = open.stream().filter(this::isOpen).toList();
            return pending.isEmpty() ? ExitCodes.OK : redo(key, runner, now, pending);
        } catch (PortalException e) {
            out.println("  GAGAL: " + e.getMessage() + " [" + e.getClass().getSimpleName() + "]");
            return FailurePrinter.exitCodeOf(e);
        } catch (UncheckedIOException e) {
            out.println("  GAGAL: arsip kegiatan ini tidak dapat dibaca (" + e.getCause().getMessage() + ")");
            return ExitCodes.UNREADABLE;
        }
    }

    private SopRunner runner(KegiatanKey key, List<JournalEntry> open) {
        SopRunner.Builder runner = SopRunner.builder(ports.romantikOf(key.institution()), ports.indah(), journal,
                arsip, workDir).sop(sop).calendar(calendar).clock(clock);
        if (open.stream().anyMatch(e -> e.operation().equals(StepIds.operation(StepIds.PERIKSA_WALIDATA)))) {
            ports.walidata().ifPresent(runner::walidata);
        }
        return runner.build();
    }

    private int redo(KegiatanKey key, SopRunner runner, KegiatanCase now, List<JournalEntry> pending) {
        StepOutcome outcome;
        try {
            outcome = runner.resume(key);
        } catch (InputsNotKeptException e) {
            out.println("  langkah " + now.step().number() + " (" + now.step().name() + ") belum selesai, tetapi"
                    + " masukan kegiatannya (paket metadata, berkas, data produsen) tidak ada di arsip: lanjutkan"
                    + " dari aplikasi yang memulainya.");
            return ExitCodes.WARNINGS;
        }
        out.println("  dilanjutkan: " + (outcome.stepsDone().isEmpty() ? "tidak ada langkah baru"
                : "langkah " + outcome.stepsDone().stream().map(s -> Integer.toString(s.number()))
                        .collect(Collectors.joining(", ")) + " selesai") + "; " + outcome.message());
        if (outcome.kind() == StepOutcome.Kind.FAILED) {
            return ExitCodes.PORTAL;
        }
        List<JournalEntry> stillOpen = pending.stream().filter(this::isOpen).toList();
        for (JournalEntry entry : stillOpen) {
            out.println("  langkah " + stepOf(entry).number() + " masih terbuka: akun yang dikonfigurasi tidak dapat"
                    + " melakukannya (mis. mempublikasikan di INDAH); lanjutkan dari aplikasi yang memulainya.");
        }
        return stillOpen.isEmpty() ? ExitCodes.OK : ExitCodes.WARNINGS;
    }

    private boolean isOpen(JournalEntry entry) {
        return journal.find(entry.intentId()).map(JournalEntry::isOpen).orElse(false);
    }

    private SopStep stepOf(JournalEntry entry) {
        return sop.step(entry.operation().substring("sop.".length()));
    }
}
