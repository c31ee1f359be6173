package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.core.journal.FileJournal;
import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.examples.config.ConnectorConfig;
import io.github.bpsconnector.workflow.arsip.Arsip;
import io.github.bpsconnector.workflow.arsip.KegiatanKey;
import io.github.bpsconnector.workflow.sop.Sop;
import io.github.bpsconnector.workflow.sop.WorkingDayCalendar;
import io.github.bpsconnector.workflow.tracking.CaseTracker;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code resume [--dry-run]}: finishes every intent of the configured journal that was begun and not completed,
 * and says per intent what it did: an interrupted {@code indah report} (its input must be unchanged), and the SOP
 * steps of kegiatan ({@link SopResumption}). Running it again when nothing is open does nothing.
 */
@Command(name = "resume",
        description = {
            "Melanjutkan pekerjaan yang terputus (mis. proses mati di tengah 'indah report'): setiap intent di",
            "jurnal yang sudah dimulai tetapi belum selesai. Tidak ada yang dikirim dua kali; bila tidak ada yang",
            "terbuka, tidak melakukan apa pun."
        })
public final class ResumeCommand implements Callable<Integer> {

    /** How times are shown to officials. */
    static final DateTimeFormatter WIB = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'WIB'",
            Locale.forLanguageTag("id")).withZone(ZoneId.of("Asia/Jakarta"));

    /** How {@link CaseTracker#naturalKey} begins: the rest is the kegiatan's arsip folder name. */
    static final String KEGIATAN_PREFIX = "kegiatan|";

    @Mixin
    ConfigFileOption options;

    @Option(names = "--dry-run", description = "Hanya menyebut apa yang akan dilanjutkan; tidak menulis apa pun.")
    boolean dryRun;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Clock clock;

    /** A command on the system clock. */
    public ResumeCommand() {
        this(Clock.systemUTC());
    }

    /** A command whose "now" is {@code clock} (tests). */
    ResumeCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ConnectorConfig config = options.config();
        if (!Files.exists(config.journalFile())) {
            out.println("Jurnal " + config.journalFile() + " belum ada: tidak ada yang perlu dilanjutkan.");
            out.flush();
            return ExitCodes.OK;
        }
        try (FileJournal journal = FileJournal.open(config.journalFile());
                WorkspacePorts ports = new WorkspacePorts(config, journal)) {
            List<JournalEntry> open = journal.openIntents();
            if (open.isEmpty()) {
                out.println("Tidak ada pekerjaan terbuka di jurnal " + config.journalFile() + ".");
                out.flush();
                return ExitCodes.OK;
            }
            out.println((dryRun ? "Rencana (dry run, tidak ada yang ditulis): " : "Melanjutkan ") + open.size()
                    + " intent terbuka di jurnal " + config.journalFile() + ".");
            int worst = ExitCodes.OK;
            ReportResumption reports = new ReportResumption(config, journal, out);
            for (JournalEntry entry : open) {
                if (entry.operation().equals(ReportIntent.OPERATION)) {
                    worst = Math.max(worst, reports.resume(entry, dryRun));
                    out.flush();
                }
            }
            Sop sop = Sop.bundled();
            Map<String, List<JournalEntry>> steps = stepIntents(dryRun ? open : journal.openIntents(), sop);
            if (!steps.isEmpty()) {
                worst = Math.max(worst, resumeSteps(config, journal, ports, sop, steps, out));
            }
            worst = Math.max(worst, listLeftovers(dryRun ? open : journal.openIntents(), sop, out));
            out.flush();
            return worst;
        }
    }

    private int resumeSteps(ConnectorConfig config, FileJournal journal, WorkspacePorts ports, Sop sop,
            Map<String, List<JournalEntry>> steps, PrintWriter out) throws IOException {
        ArsipFolders folders = ArsipFolders.read(config.documentsDir());
        Arsip arsip = dryRun ? null : Arsip.at(config.documentsDir());
        SopResumption resumption = new SopResumption(journal, arsip,
                config.journalFile().resolveSibling("sop-kerja"), ports, sop, WorkingDayCalendar.indonesia(), clock,
                out);
        int worst = ExitCodes.OK;
        for (Map.Entry<String, List<JournalEntry>> kegiatan : steps.entrySet()) {
            KegiatanKey key = folders.byFolder(kegiatan.getKey());
            if (key == null) {
                out.println("* kegiatan " + kegiatan.getKey() + ": DILEWATI: foldernya tidak ada di arsip "
                        + config.documentsDir() + ", jadi judul, tahun dan instansinya tidak diketahui.");
                worst = Math.max(worst, ExitCodes.WARNINGS);
                continue;
            }
            try {
                worst = Math.max(worst, resumption.resume(key, kegiatan.getValue(), dryRun));
            } catch (UncheckedIOException e) {
                out.println("  GAGAL: " + e.getCause().getMessage());
                worst = Math.max(worst, ExitCodes.UNREADABLE);
            }
            out.flush();
        }
        return worst;
    }

    /** The open intents of SOP steps, by the kegiatan's arsip folder. */
    private static Map<String, List<JournalEntry>> stepIntents(List<JournalEntry> open, Sop sop) {
        Map<String, List<JournalEntry>> byFolder = new LinkedHashMap<>();
        for (JournalEntry entry : open) {
            if (isStep(entry, sop)) {
                byFolder.computeIfAbsent(entry.naturalKey().substring(KEGIATAN_PREFIX.length()),
                        folder -> new ArrayList<>()).add(entry);
            }
        }
        return byFolder;
    }

    private static boolean isStep(JournalEntry entry, Sop sop) {
        String operation = entry.operation();
        return operation.startsWith("sop.") && !operation.equals(CaseTracker.OBSERVED)
                && entry.naturalKey().startsWith(KEGIATAN_PREFIX)
                && sop.find(operation.substring("sop.".length())).isPresent();
    }

    /** Names the open intents resume does not know how to finish; they stay open. */
    private int listLeftovers(List<JournalEntry> open, Sop sop, PrintWriter out) {
        boolean reportPending = open.stream().anyMatch(e -> e.operation().equals(ReportIntent.OPERATION));
        List<JournalEntry> unknown = open.stream()
                .filter(e -> !e.operation().equals(ReportIntent.OPERATION) && !isStep(e, sop))
                .filter(e -> !(reportPending && e.portal().equals("indah")))
                .toList();
        if (reportPending) {
            out.println("  (intent INDAH per paket dan per rekaman diselesaikan bersama laporannya)");
        }
        for (JournalEntry entry : unknown) {
            out.println("* " + entry.operation() + " '" + entry.naturalKey() + "' (" + entry.portal() + ", dimulai "
                    + WIB.format(entry.startedAt()) + "): tidak dapat dilanjutkan oleh 'resume'; jalankan lagi"
                    + " perintah atau aplikasi yang memulainya.");
        }
        return unknown.isEmpty() ? ExitCodes.OK : ExitCodes.WARNINGS;
    }
}
