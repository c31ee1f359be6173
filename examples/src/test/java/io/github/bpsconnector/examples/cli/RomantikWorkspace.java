package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.examples.runners.SubmitRekomendasi;
import io.github.bpsconnector.testkit.sample.SamplePackages;
import io.github.bpsconnector.examples.sample.SimulatorClients;
import io.github.bpsconnector.romantik.RomantikClient;
import io.github.bpsconnector.testkit.romantik.SimulatedRomantik;
import io.github.bpsconnector.workflow.arsip.Arsip;
import io.github.bpsconnector.workflow.arsip.DocumentKind;
import io.github.bpsconnector.workflow.arsip.KegiatanKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A workspace of the command line against the simulated Romantik: the Dinas Kesehatan producer's account
 * {@code dinkes} (and, when asked, the Walidata's {@code walidata-romantik}) with an owner-only secrets file, and
 * the sample kegiatan of Dinas Kesehatan submitted (so it waits on the Walidata at step 3) with its KAK in the
 * arsip.
 */
final class RomantikWorkspace {

    final Path dir;
    final Path config;
    final KegiatanKey kegiatan;
    final long pengajuanId;

    RomantikWorkspace(Path dir, SimulatedRomantik romantik, boolean withWalidata) throws IOException {
        this(dir, romantik, withWalidata, true);
    }

    /** With {@code submitted} false, nothing is on Romantik and in the arsip yet ({@link #pengajuanId} is 0). */
    RomantikWorkspace(Path dir, SimulatedRomantik romantik, boolean withWalidata, boolean submitted)
            throws IOException {
        this.dir = dir;
        Path secrets = dir.resolve("rahasia.properties");
        Files.writeString(secrets, "dinkes.username = " + SimulatedRomantik.DEMO_PRODUSEN_EMAIL + "\n"
                + "dinkes.password = " + SimulatedRomantik.DEMO_PRODUSEN_PASSWORD + "\n"
                + "walidata-romantik.username = " + SimulatedRomantik.DEMO_WALIDATA_EMAIL + "\n"
                + "walidata-romantik.password = " + SimulatedRomantik.DEMO_WALIDATA_PASSWORD + "\n");
        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(dir.resolve("romantik-override.json"),
                "{\"sso\": {\"baseUrl\": \"" + romantik.ssoBaseUrl() + "\"}}");
        config = dir.resolve("bps-connector.properties");
        List<String> lines = new ArrayList<>(List.of(
                "romantik.url = " + romantik.baseUrl(),
                "romantik.profile = romantik-override.json",
                "journal.file = jurnal.jsonl",
                "documents.dir = arsip",
                "secrets.file = rahasia.properties",
                "requests.per.second = 1000",
                "account.dinkes.label = " + SamplePackages.DINKES.organizer(),
                "account.dinkes.portal = romantik",
                "account.dinkes.credentials = secrets-file"));
        if (withWalidata) {
            lines.addAll(List.of(
                    "account.walidata-romantik.label = Diskominfo Kabupaten Jember (Walidata)",
                    "account.walidata-romantik.portal = romantik",
                    "account.walidata-romantik.role = walidata",
                    "account.walidata-romantik.credentials = secrets-file"));
        }
        Files.writeString(config, String.join("\n", lines) + "\n");
        kegiatan = new KegiatanKey(SamplePackages.DINKES.title(), today().getYear(),
                SamplePackages.DINKES.organizer());
        if (!submitted) {
            pengajuanId = 0;
            return;
        }
        try (RomantikClient produsen = SimulatorClients.romantik(romantik, SimulatedRomantik.DEMO_PRODUSEN_EMAIL,
                SimulatedRomantik.DEMO_PRODUSEN_PASSWORD).build()) {
            Path berkas = Files.createDirectories(dir.resolve("berkas"));
            pengajuanId = SubmitRekomendasi.submit(produsen, berkas);
            try (Stream<Path> files = Files.list(berkas)) {
                arsip().store(kegiatan, DocumentKind.KAK, "sop:ajukan-rekomendasi/berkas",
                        files.sorted().findFirst().orElseThrow());
            }
        }
    }

    /** The workspace's arsip. */
    Arsip arsip() throws IOException {
        return Arsip.at(dir.resolve("arsip"));
    }

    /** The journal file of the configuration. */
    Path journal() {
        return dir.resolve("jurnal.jsonl");
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Jakarta"));
    }
}
