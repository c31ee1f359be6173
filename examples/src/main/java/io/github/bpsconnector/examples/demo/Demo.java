package io.github.bpsconnector.examples.demo;

import io.github.bpsconnector.core.journal.FileJournal;
import io.github.bpsconnector.core.session.CredentialsProvider;
import io.github.bpsconnector.examples.report.DocumentLink;
import io.github.bpsconnector.examples.report.KegiatanStatus;
import io.github.bpsconnector.examples.report.SopTimeline;
import io.github.bpsconnector.examples.report.StatusReport;
import io.github.bpsconnector.examples.report.StatusReportHtml;
import io.github.bpsconnector.examples.sample.SampleProducers;
import io.github.bpsconnector.examples.sample.SimulatorClients;
import io.github.bpsconnector.indah.IndahClient;
import io.github.bpsconnector.indah.IndahLogin;
import io.github.bpsconnector.indah.OrganizationQuery;
import io.github.bpsconnector.indah.Producer;
import io.github.bpsconnector.indah.report.MetadataReporter;
import io.github.bpsconnector.metadata.AttachmentKind;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.romantik.BerkasKind;
import io.github.bpsconnector.romantik.RomantikClient;
import io.github.bpsconnector.romantik.SupportingFiles;
import io.github.bpsconnector.testkit.SimClock;
import io.github.bpsconnector.testkit.SimulatedPortals;
import io.github.bpsconnector.testkit.indah.IndahDemoData;
import io.github.bpsconnector.testkit.indah.IndahOrganization;
import io.github.bpsconnector.testkit.indah.IndahRecord;
import io.github.bpsconnector.testkit.indah.IndahRole;
import io.github.bpsconnector.testkit.indah.SimulatedIndah;
import io.github.bpsconnector.testkit.romantik.Instansi;
import io.github.bpsconnector.testkit.romantik.SimulatedRomantik;
import io.github.bpsconnector.testkit.romantik.TingkatInstansi;
import io.github.bpsconnector.testkit.sample.SampleDocuments;
import io.github.bpsconnector.testkit.sample.SamplePackages;
import io.github.bpsconnector.workflow.arsip.Arsip;
import io.github.bpsconnector.workflow.arsip.ArsipEntry;
import io.github.bpsconnector.workflow.arsip.DocumentKind;
import io.github.bpsconnector.workflow.port.Attachment;
import io.github.bpsconnector.workflow.port.IndahClientPort;
import io.github.bpsconnector.workflow.port.PortalNote;
import io.github.bpsconnector.workflow.port.RomantikClientPort;
import io.github.bpsconnector.workflow.runner.Kegiatan;
import io.github.bpsconnector.workflow.runner.SopRunner;
import io.github.bpsconnector.workflow.runner.StepOutcome;
import io.github.bpsconnector.workflow.sop.Sop;
import io.github.bpsconnector.workflow.sop.SopStep;
import io.github.bpsconnector.workflow.sop.WorkingDayCalendar;
import io.github.bpsconnector.workflow.tracking.CaseDocuments;
import io.github.bpsconnector.workflow.tracking.KegiatanCase;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole SOP for three sample kegiatan of Kabupaten Jember against the embedded simulators, in simulated days:
 * the library plays the Produsen Data of each perangkat daerah and the Walidata; the simulators' reviewers play
 * BPS (Pembina Data). Dinas Pertanian's pengajuan is returned once by the Walidata as a likely duplicate and
 * corrected; Dinas Pendidikan's gets correction notes from the Pembina Data. Writes the Surat Rekomendasi and Surat
 * Komitmen PDFs, the metadata handed to the Walidata, the INDAH report (JSON) and the HTML status report.
 *
 * <p>Each kegiatan goes through the workflow's {@link SopRunner}: a runner of its Produsen Data (steps 1, 2 and,
 * once the letter is issued, 6 to 9: the report on INDAH is made through the Walidata's INDAH account) and a runner
 * of the Walidata (step 3: the duplication check on Romantik, then approve or return with catatan), both over
 * {@link RomantikClientPort} and {@link IndahClientPort}, one journal ({@code bps-connector-journal.jsonl}) and one
 * {@link Arsip} ({@code arsip/}, a folder per kegiatan with its manifest). The demo plays the reviewers between
 * the runs (steps 4, 5, 10 and 11, the last by the Pembina Data on the modelled INDAH) and advances the simulated
 * clock by working days. The letters in {@code surat-rekomendasi/} and {@code surat-komitmen/} are copies from the
 * arsip; the INDAH report is read from INDAH at the end.
 */
public final class Demo {

    /** The duplication the Walidata finds: Bappeda planned a survey on the same subject. */
    static final String BAPPEDA_TITLE = "Survei Produktivitas Padi Sawah Kabupaten Jember";

    /** Dinas Pertanian's title after coordinating with Bappeda: the harvest measurement of one season. */
    static final String DISTAN_CORRECTED_TITLE = "Survei Ubinan Padi Musim Gadu Kabupaten Jember";

    private static final String PASSWORD = "demo-rahasia";
    private static final List<String> CATATAN = List.of(
            "Cantumkan Identitas Rekomendasi pada kuesioner.",
            "Gunakan konsep dan definisi sesuai Standar Data Statistik.",
            "Serahkan hasil kegiatan kepada BPS Kabupaten Jember.");

    private final Path out;
    private final PrintWriter print;
    private final Sop sop = Sop.bundled();
    private final WorkingDayCalendar calendar = WorkingDayCalendar.indonesia();

    private Demo(Path out, PrintWriter print) {
        this.out = out;
        this.print = print;
    }

    /**
     * Runs the demo, writing its files into {@code out} (created; must be empty or an earlier demo's output) and its
     * narration to {@code print}.
     *
     * @return the files written
     */
    public static DemoResult run(Path out, PrintWriter print) throws IOException {
        Path folder = out.toAbsolutePath().normalize();
        DemoOutput.prepare(folder);
        return new Demo(folder, print).run();
    }

    private DemoResult run() throws IOException {
        LocalDate firstDay = calendar.plusWorkingDays(LocalDate.now(StatusReportHtml.WIB), 1);
        SimClock clock = new SimClock(firstDay.atTime(8, 0).atZone(StatusReportHtml.WIB).toInstant());
        DemoLog log = new DemoLog(print, clock, sop, calendar);
        try (SimulatedPortals portals = SimulatedPortals.builder().clock(clock).start();
                FileJournal journal = FileJournal.open(out.resolve("bps-connector-journal.jsonl"), clock.asClock());
                Accounts accounts = new Accounts(portals.romantik(), portals.indah(), clock, journal)) {
            SimulatedRomantik romantik = portals.romantik();
            SimulatedIndah indah = portals.indah();
            print.println("Simulator Romantik " + romantik.baseUrl() + ", INDAH " + indah.baseUrl()
                    + " (loopback; tidak ada yang dikirim ke BPS).");
            Arsip arsip = Arsip.builder(out.resolve("arsip")).clock(clock.asClock()).build();
            Runners runners = new Runners(accounts, journal, arsip, clock);
            List<DemoCase> cases = new ArrayList<>();
            for (SamplePackages sample : SamplePackages.JEMBER) {
                cases.add(newCase(sample, runners, firstDay, clock.now()));
            }
            log.day("Bappeda sudah mengajukan survei serupa (konteks)");
            submitBappeda(accounts, firstDay, log);

            log.day("Produsen Data mendaftar dan mengajukan rekomendasi (langkah 1-2)");
            cases.forEach(c -> advance(c, c.produsen, log));
            nextDay(clock, log, "Walidata memeriksa kelengkapan dan duplikasi (langkah 3)");
            cases.forEach(c -> advance(c, c.walidata, log));
            DemoCase distan = cases.get(1);
            distan.kegiatan = distan.kegiatan.withMetadata(SamplePackages.DISTAN.retitled(DISTAN_CORRECTED_TITLE)
                    .toPackage(firstDay));
            log.note(distan.opd() + " berkoordinasi dengan Bappeda dan mengganti judul menjadi \""
                    + DISTAN_CORRECTED_TITLE + "\"");
            advance(distan, distan.produsen, log);
            nextDay(clock, log, "Walidata memeriksa perbaikan");
            advance(distan, distan.walidata, log);

            nextDay(clock, log, "Pembina Data (BPS, diperankan simulator) memeriksa kelayakan (langkah 4-5)");
            pembinaOnRomantik(romantik, cases, log, clock);
            nextDay(clock, log, "Produsen Data mengunduh Surat Rekomendasi, menyusun dan mengunggah Surat Komitmen,"
                    + " menyerahkan metadata; Walidata melaporkannya ke INDAH (langkah 6-9)");
            for (DemoCase c : cases) {
                c.kegiatan = new Kegiatan(c.kegiatan.key(), c.kegiatan.metadata(), c.kegiatan.files(),
                        SampleProducers.of(c.sample, clock.today()));
                advance(c, c.produsen, log);
            }
            nextDay(clock, log, "Pemeriksaan laporan metadata di INDAH (langkah 10, diperankan simulator)");
            for (DemoCase c : cases) {
                approveOnIndah(indah, c.current.documents().msKegId());
                log.done(c, 10, "diperiksa dan disetujui (di INDAH model: fungsi APPROVAL Walidata)");
                advance(c, c.walidata, log);
            }
            nextDay(clock, log, "Publikasi metadata di INDAH (langkah 11)");
            for (DemoCase c : cases) {
                publishOnIndah(indah, c.current.documents().msKegId());
                log.done(c, 11, "dipublikasikan (di INDAH model oleh Pembina Data, diperankan simulator)");
                advance(c, c.walidata, log);
            }
            return finish(cases, arsip, clock.now(), accounts);
        }
    }

    private DemoCase newCase(SamplePackages sample, Runners runners, LocalDate firstDay, Instant now)
            throws IOException {
        MetadataPackage pkg = sample.toPackage(firstDay);
        Path berkas = Files.createDirectories(out.resolve("berkas").resolve(DemoOutput.slug(sample.title())));
        Kegiatan kegiatan = Kegiatan.of(pkg, sample.organizer(), List.of(
                new Attachment(AttachmentKind.KAK, SampleDocuments.kak(pkg, berkas)),
                new Attachment(AttachmentKind.KUESIONER, SampleDocuments.kuesioner(pkg, berkas))),
                SampleProducers.of(sample, firstDay));
        RomantikClientPort produsen = runners.produsen(sample);
        return new DemoCase(sample, kegiatan, runners.runner(produsen, false), runners.runner(produsen, true), now);
    }

    /**
     * Lets one of the kegiatan's runners do what the library can, and narrates each step it did and why it
     * stopped.
     */
    private static void advance(DemoCase c, SopRunner runner, DemoLog log) {
        StepOutcome outcome = runner.advance(c.kegiatan);
        c.current = outcome.kegiatanCase();
        for (SopStep step : outcome.stepsDone()) {
            log.done(c, step.number(), describe(step, outcome));
        }
        switch (outcome.kind()) {
            case FAILED -> throw new IllegalStateException(c.opd() + ": " + outcome.message(),
                    outcome.failure().orElse(null));
            case FINISHED -> log.note(c.opd() + ": selesai; langkah 12 (pelaksanaan kegiatan) oleh Produsen Data");
            default -> log.note(c.opd() + ": " + outcome.message());
        }
    }

    /** What came of a step the runner did, in Indonesian, from the case it left. */
    private static String describe(SopStep step, StepOutcome outcome) {
        KegiatanCase c = outcome.kegiatanCase();
        CaseDocuments documents = c.documents();
        return switch (step.number()) {
            case 1 -> "draf pengajuan " + documents.pengajuanId() + " di Romantik";
            case 2 -> "dikirim ke Walidata, dengan MS-Var dan MS-Ind sebagai PDF di Blok IX";
            case 3 -> c.returnedFrom().filter(s -> s.number() == 3).isPresent()
                    ? "BELUM MEMENUHI: kemungkinan duplikat; kembali ke langkah 2. Catatan: "
                            + c.returnNote().map(PortalNote::note).orElse("")
                    : "memenuhi: diteruskan ke Pembina Data";
            case 6 -> "Surat Rekomendasi " + documents.nomorSuratRekomendasi() + " (Identitas Rekomendasi "
                    + documents.identitasRekomendasi() + ") diunduh, Surat Komitmen disusun";
            case 7 -> "Surat Komitmen diunggah ke Romantik";
            case 8 -> "paket metadata (MS-Keg, MS-Var, MS-Ind) diserahkan ke Walidata dan diarsipkan";
            case 9 -> "MS-Keg " + documents.msKegId() + " dengan " + documents.msVarIds().size() + " MS-Var dan "
                    + documents.msIndIds().size() + " MS-Ind dilaporkan di INDAH";
            default -> "selesai";
        };
    }

    private static void submitBappeda(Accounts accounts, LocalDate firstDay, DemoLog log) throws IOException {
        SamplePackages plan = SamplePackages.DISTAN.retitled(BAPPEDA_TITLE)
                .organizedBy("Badan Perencanaan Pembangunan Daerah Kabupaten Jember");
        MetadataPackage pkg = plan.toPackage(firstDay);
        Path folder = Files.createTempDirectory("bappeda");
        RomantikClient bappeda = accounts.romantik("bappeda", "350902");
        long id = bappeda.submit(pkg, SupportingFiles.of(BerkasKind.KAK, SampleDocuments.kak(pkg, folder))
                .with(BerkasKind.KUESIONER, SampleDocuments.kuesioner(pkg, folder)));
        accounts.romantikWalidata().walidata().approve(id, "Lengkap; diteruskan ke BPS.");
        log.note("Bappeda: \"" + BAPPEDA_TITLE + "\" (pengajuan " + id + ") sudah disetujui Walidata.");
    }

    private static void pembinaOnRomantik(SimulatedRomantik romantik, List<DemoCase> cases, DemoLog log,
            SimClock clock) {
        var bps = romantik.reviewer().asPembinaData();
        DemoCase dispendik = cases.get(2);
        long dispendikId = dispendik.current.documents().pengajuanId();
        bps.startExamination(dispendikId);
        bps.requestCorrection(dispendikId, "Definisi variabel Kondisi Ruang Kelas belum memuat kriteria"
                + " baik, rusak ringan dan rusak berat.");
        log.done(dispendik, 4, "BELUM MEMENUHI: catatan perbaikan dari Pembina Data; kembali ke langkah 2");
        dispendik.kegiatan = dispendik.kegiatan.withMetadata(withDefinition(dispendik.kegiatan.metadata(),
                "Kondisi ruang kelas menurut kriteria Kemendikbud: baik, rusak ringan, rusak sedang atau rusak"
                        + " berat."));
        log.note(dispendik.opd() + " memperbaiki definisi variabel");
        advance(dispendik, dispendik.produsen, log);
        clock.advance(Duration.ofHours(3));
        for (DemoCase c : cases) {
            long id = c.current.documents().pengajuanId();
            String identitas = bps.recommend(id, CATATAN).identitasRekomendasi();
            log.done(c, 4, "LAYAK, dengan " + CATATAN.size() + " catatan rekomendasi");
            log.done(c, 5, "Surat Rekomendasi terbit, Identitas Rekomendasi " + identitas);
        }
    }

    private static MetadataPackage withDefinition(MetadataPackage pkg, String definition) {
        return pkg.toBuilder().variables(pkg.variables().stream()
                .map(v -> v.toBuilder().definition(definition).build()).toList()).build();
    }

    /** The simulated INDAH's reviewer checks the MS-Keg and its records and approves them (step 10). */
    private static void approveOnIndah(SimulatedIndah indah, long msKegId) {
        for (IndahRecord record : recordsOf(indah, msKegId)) {
            indah.asWalidata().startReview(record.id());
            indah.asWalidata().approve(record.id());
        }
    }

    /** The modelled INDAH lets the Pembina Data publish (step 11); the simulator plays it. */
    private static void publishOnIndah(SimulatedIndah indah, long msKegId) {
        for (IndahRecord record : recordsOf(indah, msKegId)) {
            indah.asPembinaData().publish(record.id());
        }
    }

    private static List<IndahRecord> recordsOf(SimulatedIndah indah, long msKegId) {
        return indah.records().stream()
                .filter(r -> r.id() == msKegId || r.parent().filter(p -> p == msKegId).isPresent()).toList();
    }

    private DemoResult finish(List<DemoCase> cases, Arsip arsip, Instant now, Accounts accounts)
            throws IOException {
        for (DemoCase c : cases) {
            c.documents.add(copyFromArsip(arsip, c, DocumentKind.SURAT_REKOMENDASI, "surat-rekomendasi",
                    "Surat Rekomendasi " + c.current.documents().identitasRekomendasi()));
            c.documents.add(copyFromArsip(arsip, c, DocumentKind.SURAT_KOMITMEN, "surat-komitmen", "Surat Komitmen"));
            ArsipEntry metadata = latest(arsip, c, DocumentKind.MS_KEG);
            c.documents.add(new DocumentLink("Metadata (MS-Keg, MS-Var, MS-Ind)",
                    relative(arsip.path(c.kegiatan.key(), metadata)), metadata.sha256()));
        }
        Path indahReport = DemoOutput.writeIndahReport(out.resolve("indah-report.json"), cases,
                accounts.indahWalidata());
        SopTimeline timeline = new SopTimeline(sop, calendar);
        List<KegiatanStatus> statuses = new ArrayList<>();
        for (DemoCase c : cases) {
            statuses.add(new KegiatanStatus(c.title(), c.sample.organizer(), timeline.steps(c.history, now),
                    List.copyOf(c.documents)));
        }
        Path html = out.resolve("status.html");
        StatusReportHtml.write(new StatusReport("Status Kegiatan Statistik Sektoral Kabupaten Jember (demo)", now,
                statuses), html);
        DemoResult result = DemoResult.of(out, indahReport, html);
        print.println();
        print.println("Selesai. Berkas di " + out.toAbsolutePath() + " (arsip per kegiatan di arsip/, jurnal di "
                + "bps-connector-journal.jsonl):");
        result.files().forEach(f -> print.println("  " + out.relativize(f)));
        print.flush();
        return result;
    }

    /** Copies the kegiatan's latest document of {@code kind} from its arsip into {@code folder} of the output. */
    private DocumentLink copyFromArsip(Arsip arsip, DemoCase c, DocumentKind kind, String folder, String label)
            throws IOException {
        ArsipEntry entry = latest(arsip, c, kind);
        Path copy = Files.createDirectories(out.resolve(folder))
                .resolve(DemoOutput.slug(c.opd()) + "-" + entry.file().substring(entry.file().indexOf('-') + 1));
        Files.copy(arsip.path(c.kegiatan.key(), entry), copy, StandardCopyOption.REPLACE_EXISTING);
        return new DocumentLink(label, relative(copy), entry.sha256());
    }

    private static ArsipEntry latest(Arsip arsip, DemoCase c, DocumentKind kind) throws IOException {
        List<ArsipEntry> entries = arsip.entries(c.kegiatan.key()).stream().filter(e -> e.kind() == kind).toList();
        if (entries.isEmpty()) {
            throw new IllegalStateException(c.opd() + ": no " + kind + " in the arsip");
        }
        return entries.get(entries.size() - 1);
    }

    private String relative(Path file) {
        return out.relativize(file).toString().replace('\\', '/');
    }

    private void nextDay(SimClock clock, DemoLog log, String what) {
        Instant now = clock.now();
        LocalDate next = calendar.plusWorkingDays(calendar.dateOf(now), 1);
        clock.set(next.atTime(9, 0).atZone(StatusReportHtml.WIB).toInstant());
        log.day(what);
    }

    /** Builds the runners of the demo over the accounts' clients, one journal and one arsip. */
    private final class Runners {
        private final Accounts accounts;
        private final FileJournal journal;
        private final Arsip arsip;
        private final SimClock clock;
        private final IndahClientPort indah;
        private final RomantikClientPort walidata;

        Runners(Accounts accounts, FileJournal journal, Arsip arsip, SimClock clock) {
            this.accounts = accounts;
            this.journal = journal;
            this.arsip = arsip;
            this.clock = clock;
            IndahClient client = accounts.indahWalidata();
            Map<String, Producer> producers = new HashMap<>();
            this.indah = new IndahClientPort(client, MetadataReporter.builder(client).journal(journal).submit(true)
                    .build(), key -> producers.computeIfAbsent(key.institution(), name -> Producer.of(client
                            .organizations(OrganizationQuery.producersOf("3509").withName(name)).iterator()
                            .next())), false);
            this.walidata = new RomantikClientPort(accounts.romantikWalidata());
        }

        RomantikClientPort produsen(SamplePackages sample) {
            return new RomantikClientPort(accounts.romantik(sample));
        }

        /** A runner of the Produsen Data, or of the Walidata when {@code asWalidata} (it then does step 3). */
        SopRunner runner(RomantikClientPort produsen, boolean asWalidata) {
            SopRunner.Builder builder = SopRunner.builder(produsen, indah, journal, arsip, out.resolve("kerja"))
                    .calendar(calendar).clock(clock.asClock());
            return (asWalidata ? builder.walidata(walidata) : builder).build();
        }
    }

    /** The demo's accounts on both simulators, and their clients (closed with it). */
    private static final class Accounts implements AutoCloseable {

        private final SimulatedRomantik romantik;
        private final SimClock clock;
        private final FileJournal journal;
        private final IndahClient indah;
        private final List<RomantikClient> opened = new ArrayList<>();
        private RomantikClient walidata;

        Accounts(SimulatedRomantik romantik, SimulatedIndah indahSim, SimClock clock, FileJournal journal) {
            this.romantik = romantik;
            this.clock = clock;
            this.journal = journal;
            romantik.master().addInstansi(new Instansi("350907", SamplePackages.DISTAN.organizer(),
                    TingkatInstansi.KABUPATEN_KOTA, "3509", "Pemerintah Kabupaten Jember", "Jl. Sudarman No. 7, Jember",
                    "0331-0907", "distan@jemberkab.example"));
            indahSim.addOrganization(new IndahOrganization(3509005, SamplePackages.DISTAN.organizer(),
                    IndahRole.PRODUSEN_DATA, "35", "JAWA TIMUR", "3509", "KABUPATEN JEMBER",
                    "Jl. Sudarman No. 7, Jember", "0331-0907", "distan@jember.example", null));
            this.indah = IndahClient.builder()
                    .apiBaseUrl(URI.create(indahSim.baseUrl()))
                    .login(IndahLogin.passwordWithCaptcha(CredentialsProvider.of(IndahDemoData.WALIDATA_USERNAME,
                                    IndahDemoData.WALIDATA_PASSWORD.toCharArray()),
                            challenge -> indahSim.captchaAnswer(challenge.captchaId()).orElseThrow()))
                    .resilienceSettings(SimulatorClients.LOOPBACK)
                    .journal(journal)
                    .build();
        }

        RomantikClient romantik(SamplePackages sample) {
            String instansi = switch (sample.organizer()) {
                case "Dinas Kesehatan Kabupaten Jember" -> "350901";
                case "Dinas Pendidikan Kabupaten Jember" -> "350904";
                default -> "350907";
            };
            return romantik(DemoOutput.slug(sample.organizer()), instansi);
        }

        RomantikClient romantik(String name, String instansiId) {
            String email = name + "@jemberkab.example";
            romantik.addProdusenData(email, PASSWORD, "Operator " + name, instansiId);
            return client(email);
        }

        RomantikClient romantikWalidata() {
            if (walidata == null) {
                romantik.addWalidata("walidata@diskominfo.jemberkab.example", PASSWORD,
                        "Walidata Diskominfo Jember", "350903");
                walidata = client("walidata@diskominfo.jemberkab.example");
            }
            return walidata;
        }

        private RomantikClient client(String email) {
            RomantikClient client = SimulatorClients.romantik(romantik, email, PASSWORD)
                    .clock(clock.asClock(StatusReportHtml.WIB))
                    .journal(journal)
                    .build();
            opened.add(client);
            return client;
        }

        IndahClient indahWalidata() {
            return indah;
        }

        @Override
        public void close() {
            opened.forEach(RomantikClient::close);
            indah.close();
        }
    }
}
