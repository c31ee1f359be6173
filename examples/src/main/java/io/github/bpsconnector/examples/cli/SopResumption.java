package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.core.error.PortalException;
import io.github.bpsconnector.core.journal.Journal;
import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.json.MetadataJson;
import io.github.bpsconnector.workflow.arsip.Arsip;
import io.github.bpsconnector.workflow.arsip.ArsipEntry;
import io.github.bpsconnector.workflow.arsip.DocumentKind;
import io.github.bpsconnector.workflow.arsip.KegiatanKey;
import io.github.bpsconnector.workflow.document.ProducerDetails;
import io.github.bpsconnector.workflow.port.RomantikPort;
import io.github.bpsconnector.workflow.runner.Kegiatan;
import io.github.bpsconnector.workflow.runner.SopRunner;
import io.github.bpsconnector.workflow.runner.StepOutcome;
import io.github.bpsconnector.workflow.sop.Sop;
import io.github.bpsconnector.workflow.sop.SopStep;
import io.github.bpsconnector.workflow.sop.WorkingDayCalendar;
import io.github.bpsconnector.workflow.tracking.CaseTracker;
import io.github.bpsconnector.workflow.tracking.KegiatanCase;
import io.github.bpsconnector.workflow.tracking.StepIds;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finishes the SOP steps of one kegiatan that a crash left open in the journal ({@code sop.<step id>} intents).
 * The case is rebuilt from the portals ({@link CaseTracker}): a step whose effect is there (the kegiatan moved on)
 * is confirmed; the step the kegiatan still stands at is done again by {@link SopRunner}, which is idempotent, with
 * the package the arsip holds (kept there from step 8, the hand-over to the Walidata). Before step 8 the arsip has
 * no package, so such a step is left open with a message saying so.
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
                    + " tempat kegiatan berada dilanjutkan dengan SopRunner.");
            return ExitCodes.OK;
        }
        try {
            RomantikPort romantik = ports.romantikOf(key.institution());
            KegiatanCase now = new CaseTracker(sop, calendar, journal, clock, romantik, ports.indah()).rebuild(key);
            List<JournalEntry> pending = new ArrayList<>();
            for (JournalEntry entry : open) {
                if (entry.operation().equals(StepIds.operation(now.step().id()))) {
                    pending.add(entry);
                } else {
                    journal.confirm(entry.intentId(), Map.of(), "resume: the effect is on the portal; the kegiatan"
                            + " is at step " + now.step().number());
                    out.println("  langkah " + stepOf(entry).number() + ": sudah terjadi di portal (kegiatan kini di"
                            + " langkah " + now.step().number() + "); dicatat selesai.");
                }
            }
            return pending.isEmpty() ? ExitCodes.OK : advance(key, romantik, now, pending);
        } catch (PortalException e) {
            out.println("  GAGAL: " + e.getMessage() + " [" + e.getClass().getSimpleName() + "]");
            return FailurePrinter.exitCodeOf(e);
        } catch (UncheckedIOException e) {
            out.println("  GAGAL: arsip kegiatan ini tidak dapat dibaca (" + e.getCause().getMessage() + ")");
            return ExitCodes.UNREADABLE;
        }
    }

    private int advance(KegiatanKey key, RomantikPort romantik, KegiatanCase now, List<JournalEntry> pending) {
        Optional<MetadataPackage> pkg = handedOverPackage(key);
        if (pkg.isEmpty()) {
            out.println("  langkah " + now.step().number() + " (" + now.step().name() + ") belum selesai, tetapi paket"
                    + " metadatanya tidak ada di arsip (disimpan sejak langkah 8): lanjutkan dari aplikasi yang"
                    + " memulainya.");
            return ExitCodes.WARNINGS;
        }
        // Steps 8 and later need only the package; the producer's letter details serve step 6 alone.
        Kegiatan kegiatan = new Kegiatan(key, pkg.get(), List.of(),
                ProducerDetails.builder().institution(key.institution()).build());
        SopRunner.Builder runner = SopRunner.builder(romantik, ports.indah(), journal, arsip, workDir)
                .sop(sop).calendar(calendar).clock(clock);
        if (pending.stream().anyMatch(e -> e.operation().equals(StepIds.operation(StepIds.PERIKSA_WALIDATA)))) {
            ports.walidata().ifPresent(runner::walidata);
        }
        StepOutcome outcome = runner.build().advance(kegiatan);
        out.println("  dilanjutkan: " + (outcome.stepsDone().isEmpty() ? "tidak ada langkah baru"
                : "langkah " + outcome.stepsDone().stream().map(s -> Integer.toString(s.number()))
                        .collect(Collectors.joining(", ")) + " selesai") + "; " + outcome.message());
        if (outcome.kind() == StepOutcome.Kind.FAILED) {
            return ExitCodes.PORTAL;
        }
        List<JournalEntry> stillOpen = pending.stream()
                .filter(e -> journal.find(e.intentId()).map(JournalEntry::isOpen).orElse(false)).toList();
        for (JournalEntry entry : stillOpen) {
            out.println("  langkah " + stepOf(entry).number() + " masih terbuka: akun yang dikonfigurasi tidak dapat"
                    + " melakukannya (mis. mempublikasikan di INDAH); lanjutkan dari aplikasi yang memulainya.");
        }
        return stillOpen.isEmpty() ? ExitCodes.OK : ExitCodes.WARNINGS;
    }

    /** The package the Produsen Data handed to the Walidata (step 8), the latest one kept. */
    private Optional<MetadataPackage> handedOverPackage(KegiatanKey key) {
        try {
            Optional<ArsipEntry> entry = arsip.entries(key).stream()
                    .filter(e -> e.kind() == DocumentKind.MS_KEG && e.file().endsWith(".json"))
                    .max(Comparator.comparingInt(ArsipEntry::sequence));
            return entry.isEmpty() ? Optional.empty()
                    : Optional.of(MetadataJson.readPackage(arsip.path(key, entry.get())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SopStep stepOf(JournalEntry entry) {
        return sop.step(entry.operation().substring("sop.".length()));
    }
}
