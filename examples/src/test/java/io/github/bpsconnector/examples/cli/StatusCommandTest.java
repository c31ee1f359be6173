package io.github.bpsconnector.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bpsconnector.testkit.sample.SamplePackages;
import io.github.bpsconnector.testkit.SimulatedPortals;
import io.github.bpsconnector.workflow.arsip.Arsip;
import io.github.bpsconnector.workflow.arsip.PortalId;
import io.github.bpsconnector.workflow.sop.Portal;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code status} over a workspace whose arsip holds one kegiatan submitted on the simulated Romantik, so that it
 * waits on the Walidata (step 3, three working days). The clock is fixed: first seen on Monday 2 November 2026
 * 09.00 WIB, the step is due by the end of Thursday 5 November, and on Tuesday 10 November it is three working
 * days late (Friday 6, Monday 9, Tuesday 10).
 */
class StatusCommandTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Clock MONDAY = Clock.fixed(ZonedDateTime.of(2026, 11, 2, 9, 0, 0, 0, WIB).toInstant(), WIB);
    private static final Clock NEXT_TUESDAY = Clock.fixed(
            ZonedDateTime.of(2026, 11, 10, 10, 0, 0, 0, WIB).toInstant(), WIB);

    @TempDir
    Path dir;

    private SimulatedPortals portals;
    private RomantikWorkspace workspace;
    private Path config;

    @BeforeEach
    void start() throws IOException {
        portals = SimulatedPortals.start();
        workspace = new RomantikWorkspace(dir, portals.romantik(), false);
        config = workspace.config;
    }

    @AfterEach
    void stop() {
        portals.close();
    }

    @Test
    void aTableOfWhereEachKegiatanStandsWithTheDeadlineAndHowLateItIs() {
        Cli firstSeen = status(MONDAY);
        assertThat(firstSeen.exitCode()).as(firstSeen.out() + firstSeen.err()).isZero();
        assertThat(firstSeen.out()).contains("Status dari portal", "1 kegiatan", "KEGIATAN", "LANGKAH",
                "MENUNGGU", "BATAS WAKTU (WIB)", "TERLAMBAT", "3 Memeriksa kelengkapan", "Walidata",
                "02-11-2026 09:00", "05-11-2026 24:00", "tidak");

        Cli late = status(NEXT_TUESDAY);

        assertThat(late.exitCode()).as(late.out() + late.err()).isZero();
        String row = line(late.out(), "Survei Kepuasan Masyarakat");
        assertThat(row).contains(SamplePackages.DINKES.organizer(), "Walidata", "02-11-2026 09:00",
                "05-11-2026 24:00", "ya, 3 hari kerja");
        List<String> lines = late.out().lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("KEGIATAN")).findFirst().orElseThrow());
        assertThat(row.indexOf("Walidata")).as("columns aligned under their headers")
                .isEqualTo(lines.get(header).indexOf("MENUNGGU"));
    }

    @Test
    void jsonGivesEveryFieldForOtherSystems() throws IOException {
        status(MONDAY);

        Cli json = status(NEXT_TUESDAY, "--json");

        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode document = new ObjectMapper().readTree(json.out());
        assertThat(document.path("mode").asText()).isEqualTo("online");
        JsonNode kegiatan = document.path("kegiatan").get(0);
        assertThat(kegiatan.path("title").asText()).isEqualTo(SamplePackages.DINKES.title());
        assertThat(kegiatan.path("instansi").asText()).isEqualTo(SamplePackages.DINKES.organizer());
        assertThat(kegiatan.path("step").path("number").asInt()).isEqualTo(3);
        assertThat(kegiatan.path("step").path("id").asText()).isEqualTo("periksa-walidata");
        assertThat(kegiatan.path("waitingOn").asText()).isEqualTo("WALIDATA");
        assertThat(kegiatan.path("since").asText()).isEqualTo("2026-11-02T02:00:00Z");
        assertThat(kegiatan.path("deadline").asText()).isEqualTo("2026-11-05T17:00:00Z");
        assertThat(kegiatan.path("overdue").asBoolean()).isTrue();
        assertThat(kegiatan.path("overdueWorkingDays").asInt()).isEqualTo(3);
    }

    @Test
    void offlineReadsOnlyTheJournalAndArsipAndSaysSo() throws IOException {
        Cli before = status(NEXT_TUESDAY, "--offline");
        assertThat(before.exitCode()).isZero();
        assertThat(before.out()).contains("MODE LURING", "belum diketahui");

        status(MONDAY);
        Arsip arsip = workspace.arsip();
        arsip.recordPortalId(workspace.kegiatan, "indah:ms-keg/77", new PortalId(Portal.INDAH, "ms_keg", "77"));
        for (String id : List.of("78", "79")) {
            arsip.recordPortalId(workspace.kegiatan, "indah:ms-var/" + id, new PortalId(Portal.INDAH, "ms_var", id));
        }
        portals.romantik().close();
        Cli offline = status(NEXT_TUESDAY, "--offline");
        Cli offlineJson = status(NEXT_TUESDAY, "--offline", "--json");

        assertThat(offline.exitCode()).as(offline.out() + offline.err()).isZero();
        assertThat(offline.out()).contains("MODE LURING (--offline): portal tidak dibaca");
        assertThat(line(offline.out(), "Survei Kepuasan Masyarakat")).contains("3 Memeriksa kelengkapan", "Walidata",
                "ya, 3 hari kerja", "MS-Keg 77; MS-Var 78,79");
        JsonNode document = new ObjectMapper().readTree(offlineJson.out());
        assertThat(document.path("mode").asText()).isEqualTo("offline");
        assertThat(document.path("kegiatan").get(0).path("overdueWorkingDays").asInt()).isEqualTo(3);
        assertThat(document.path("kegiatan").get(0).path("documents").path("msVarIds").toString())
                .isEqualTo("[78,79]");
    }

    @Test
    void aPortalThatCannotBeReadGivesThePortalCodeAndTheJournalsLine() {
        status(MONDAY);
        portals.romantik().close();

        Cli run = status(NEXT_TUESDAY);

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.PORTAL);
        assertThat(line(run.out(), "Survei Kepuasan Masyarakat"))
                .contains("3 Memeriksa kelengkapan", "ya, 3 hari kerja");
        assertThat(run.out()).contains("portal tidak dapat dibaca", "baris ini dari jurnal");
    }

    private Cli status(Clock clock, String... options) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == StatusCommand.class ? type.cast(new StatusCommand(clock))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        String[] args = new String[options.length + 3];
        args[0] = "status";
        args[1] = "--config";
        args[2] = config.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        return Cli.run(factory, args);
    }

    private static String line(String out, String start) {
        return out.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() ->
                new AssertionError("no line starting with '" + start + "' in:\n" + out));
    }
}
