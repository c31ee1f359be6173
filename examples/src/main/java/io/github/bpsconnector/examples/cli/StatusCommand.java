package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.core.error.PortalException;
import io.github.bpsconnector.core.journal.FileJournal;
import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.examples.config.ConnectorConfig;
import io.github.bpsconnector.workflow.arsip.Arsip;
import io.github.bpsconnector.workflow.arsip.ArsipEntry;
import io.github.bpsconnector.workflow.arsip.DocumentKind;
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
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code status [--offline] [--json]}: where every kegiatan of the workspace stands (the arsip's folders and the
 * kegiatan of the journal's SOP intents, across every configured perangkat daerah): SOP step, whose turn, since,
 * deadline by the working-day calendar, overdue, and the last documents. Rebuilt by {@link CaseTracker} from the
 * portals' statuses and the journal; {@code --offline} reads the journal and arsip only, and says so.
 */
@Command(name = "status",
        description = {
            "Tabel semua kegiatan di ruang kerja: langkah SOP, siapa yang ditunggu, sejak kapan, batas waktu",
            "(hari kerja), terlambat atau tidak, dan dokumen terakhir. Dibaca dari portal dan jurnal;",
            "dengan --offline hanya dari jurnal dan arsip."
        })
public final class StatusCommand implements Callable<Integer> {

    @Mixin
    ConfigFileOption options;

    @Option(names = "--offline", description = "Tanpa membaca portal: dari jurnal dan arsip saja.")
    boolean offline;

    @Option(names = "--json", description = "Keluaran JSON (semua id) alih-alih tabel.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Clock clock;

    /** A command on the system clock. */
    public StatusCommand() {
        this(Clock.systemUTC());
    }

    /** A command whose "now" is {@code clock} (tests). */
    StatusCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ConnectorConfig config = options.config();
        ArsipFolders folders = ArsipFolders.read(config.documentsDir());
        List<String> notes = new ArrayList<>();
        folders.unreadable().forEach(f -> notes.add("folder arsip " + f + " tanpa manifest.json yang terbaca"));
        Instant now = clock.instant();
        List<StatusRow> rows = new ArrayList<>();
        int code = ExitCodes.OK;
        if (Files.exists(config.journalFile()) || !folders.kegiatan().isEmpty()) {
            try (FileJournal journal = FileJournal.open(config.journalFile());
                    WorkspacePorts ports = new WorkspacePorts(config, journal)) {
                Sop sop = Sop.bundled();
                WorkingDayCalendar calendar = WorkingDayCalendar.indonesia();
                StatusRows make = new StatusRows(sop, calendar, journal, now);
                Arsip arsip = Files.isDirectory(config.documentsDir()) ? Arsip.at(config.documentsDir()) : null;
                for (KegiatanKey key : kegiatan(folders, journal, notes)) {
                    StatusRow offlineRow = make.offline(key, ids(arsip, key, "indah:ms-keg/"),
                            ids(arsip, key, "indah:ms-var/"),
                            ids(arsip, key, "indah:ms-ind/"));
                    if (offline) {
                        rows.add(offlineRow);
                        continue;
                    }
                    try {
                        rows.add(make.of(new CaseTracker(sop, calendar, journal, clock,
                                ports.romantikOf(key.institution()), ports.indah()).rebuild(key))
                                .withMissingDocumentsFrom(offlineRow));
                    } catch (PortalException e) {
                        rows.add(offlineRow.withProblem(e.getMessage() + " [" + e.getClass().getSimpleName() + "]"));
                        code = Math.max(code, FailurePrinter.exitCodeOf(e));
                    }
                }
            }
        }
        if (json) {
            out.println(StatusJson.render(offline, now, rows, notes));
        } else {
            print(out, rows, notes, now);
        }
        out.flush();
        return code;
    }

    private void print(PrintWriter out, List<StatusRow> rows, List<String> notes, Instant now) {
        out.println(offline
                ? "MODE LURING (--offline): portal tidak dibaca; langkah terakhir yang tercatat di jurnal dan arsip."
                : "Status dari portal Romantik/INDAH dan jurnal.");
        out.println(rows.size() + " kegiatan, per " + ResumeCommand.WIB.format(now) + ".");
        if (!rows.isEmpty()) {
            out.println();
            StatusTable.render(rows).forEach(out::println);
        }
        notes.forEach(n -> out.println("Catatan: " + n + "."));
    }

    /** The arsip's kegiatan, then those of the journal's SOP intents whose folder the arsip lacks (noted). */
    private static List<KegiatanKey> kegiatan(ArsipFolders folders, FileJournal journal, List<String> notes) {
        Set<KegiatanKey> keys = new LinkedHashSet<>(folders.kegiatan());
        Set<String> missing = new LinkedHashSet<>();
        for (JournalEntry entry : journal.entries()) {
            if (entry.operation().startsWith("sop.") && entry.naturalKey().startsWith(ResumeCommand.KEGIATAN_PREFIX)) {
                String folder = entry.naturalKey().substring(ResumeCommand.KEGIATAN_PREFIX.length());
                if (folders.byFolder(folder) == null) {
                    missing.add(folder);
                }
            }
        }
        missing.forEach(f -> notes.add("kegiatan " + f + " ada di jurnal tetapi tidak di arsip; judulnya tidak"
                + " diketahui"));
        return List.copyOf(keys);
    }

    /** The INDAH ids the arsip keeps for the kegiatan (sources {@code indah:ms-var/<id>}, ...). */
    private static List<Long> ids(Arsip arsip, KegiatanKey key, String sourcePrefix) throws IOException {
        List<Long> ids = new ArrayList<>();
        if (arsip == null) {
            return ids;
        }
        for (ArsipEntry entry : arsip.entries(key)) {
            String id = entry.source().startsWith(sourcePrefix) ? entry.source().substring(sourcePrefix.length())
                    : "";
            if (entry.kind() == DocumentKind.PORTAL_ID && id.matches("[0-9]{1,18}")) {
                ids.add(Long.valueOf(id));
            }
        }
        return ids;
    }
}
