package io.github.bpsconnector.examples.demo;

import io.github.bpsconnector.core.file.TargetFolder;
import io.github.bpsconnector.core.journal.FileJournal;
import io.github.bpsconnector.core.session.CredentialsProvider;
import io.github.bpsconnector.examples.report.DocumentLink;
import io.github.bpsconnector.examples.report.KegiatanStatus;
import io.github.bpsconnector.examples.report.SopTimeline;
import io.github.bpsconnector.examples.report.StatusReport;
import io.github.bpsconnector.examples.report.StatusReportHtml;
import io.github.bpsconnector.testkit.sample.SampleDocuments;
import io.github.bpsconnector.examples.sample.SampleProducers;
import io.github.bpsconnector.testkit.sample.SamplePackages;
import io.github.bpsconnector.examples.sample.SimulatorClients;
import io.github.bpsconnector.indah.IndahClient;
import io.github.bpsconnector.indah.IndahLogin;
import io.github.bpsconnector.indah.MetadataKind;
import io.github.bpsconnector.indah.OrganizationQuery;
import io.github.bpsconnector.indah.Producer;
import io.github.bpsconnector.indah.report.ItemResult;
import io.github.bpsconnector.indah.report.MetadataReporter;
import io.github.bpsconnector.indah.report.ReportItem;
import io.github.bpsconnector.indah.report.ReportListener;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.json.MetadataJson;
import io.github.bpsconnector.romantik.BerkasKind;
import io.github.bpsconnector.romantik.DuplicateCandidate;
import io.github.bpsconnector.romantik.RomantikClient;
import io.github.bpsconnector.romantik.SupportingFiles;
import io.github.bpsconnector.romantik.SuratRekomendasiDownload;
import io.github.bpsconnector.romantik.letter.SuratRekomendasi;
import io.github.bpsconnector.testkit.SimClock;
import io.github.bpsconnector.testkit.SimulatedPortals;
import io.github.bpsconnector.testkit.indah.IndahDemoData;
import io.github.bpsconnector.testkit.indah.IndahOrganization;
import io.github.bpsconnector.testkit.indah.IndahRole;
import io.github.bpsconnector.testkit.indah.SimulatedIndah;
import io.github.bpsconnector.testkit.romantik.Instansi;
import io.github.bpsconnector.testkit.romantik.SimulatedRomantik;
import io.github.bpsconnector.testkit.romantik.TingkatInstansi;
import io.github.bpsconnector.workflow.document.GeneratedDocument;
import io.github.bpsconnector.workflow.document.SuratKomitmenPdf;
import io.github.bpsconnector.workflow.document.SuratRekomendasiInfo;
import io.github.bpsconnector.workflow.sop.Sop;
import io.github.bpsconnector.workflow.sop.WorkingDayCalendar;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole SOP for three sample kegiatan of Kabupaten Jember against the embedded simulators, in simulated days:
 * the library plays the Produsen Data of each perangkat daerah and the Walidata; the simulators' reviewers play
 * BPS (Pembina Data). Dinas Pertanian's pengajuan is returned once by the Walidata as a likely duplicate and
 * corrected; Dinas Pendidikan's gets correction notes from the Pembina Data. Writes the Surat Rekomendasi and Surat
 * Komitmen PDFs, the metadata handed to the Walidata, the INDAH report (JSON) and the HTML status report.
 *
 * <p>Built directly on {@code RomantikClient}, {@code IndahClient}/{@code MetadataReporter} and the workflow's
 * documents, SOP and calendar; it does not use the workflow's {@code SopRunner}.
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
                FileJournal journal = FileJournal.open(out.resolve("bps-connector-journal.jsonl"), clock.asClock())) {
            SimulatedRomantik romantik = portals.romantik();
            SimulatedIndah indah = portals.indah();
            print.println("Simulator Romantik " + romantik.baseUrl() + ", INDAH " + indah.baseUrl()
                    + " (loopback; tidak ada yang dikirim ke BPS).");
            Accounts accounts = new Accounts(romantik, indah, clock, journal);
            List<DemoCase> cases = new ArrayList<>();
            for (SamplePackages sample : SamplePackages.JEMBER) {
                cases.add(newCase(sample, accounts, firstDay, clock.now()));
            }
            try (RomantikClient walidata = accounts.romantikWalidata();
                    RomantikClient bappeda = accounts.romantik("bappeda", "350902")) {
                log.day("Bappeda sudah mengajukan survei serupa (konteks)");
                submitBappeda(bappeda, walidata, firstDay, log);
                log.day("Produsen Data mendaftar dan mengajukan rekomendasi");
                for (DemoCase c : cases) {
                    log.done(c, 1, "draf pengajuan " + c.produsen.createDraft(c.pkg) + " di Romantik");
                    c.pengajuanId = c.produsen.submit(c.pkg, c.files);
                    log.done(c, 2, "dikirim ke Walidata: " + c.produsen.detail(c.pengajuanId).status());
                }
                nextDay(clock, log, "Walidata memeriksa kelengkapan dan duplikasi");
                for (DemoCase c : cases) {
                    walidataCheck(walidata, c, log);
                }
                DemoCase distan = cases.get(1);
                distan.pkg = SamplePackages.DISTAN.retitled(DISTAN_CORRECTED_TITLE).toPackage(firstDay);
                distan.produsen.revise(distan.pengajuanId, distan.pkg, distan.files);
                log.done(distan, 2, "judul diperbaiki menjadi \"" + DISTAN_CORRECTED_TITLE + "\" dan dikirim lagi");
                nextDay(clock, log, "Walidata memeriksa perbaikan");
                walidataCheck(walidata, distan, log);
            }
            nextDay(clock, log, "Pembina Data (BPS, diperankan simulator) memeriksa kelayakan");
            pembina(romantik, cases, log, clock);
            nextDay(clock, log, "Produsen Data mengunduh Surat Rekomendasi, menyusun dan mengunggah Surat Komitmen");
            for (DemoCase c : cases) {
                letters(c, log);
            }
            nextDay(clock, log, "Walidata melaporkan metadata ke INDAH");
            List<ItemResult> reported = reportToIndah(accounts, cases, log);
            nextDay(clock, log, "Pemeriksaan dan publikasi metadata di INDAH");
            reviewAndPublish(accounts, indah, cases, log);
            return finish(cases, reported, clock.now(), accounts);
        }
    }

    private DemoCase newCase(SamplePackages sample, Accounts accounts, LocalDate firstDay, Instant now)
            throws IOException {
        MetadataPackage pkg = sample.toPackage(firstDay);
        Path berkas = Files.createDirectories(out.resolve("berkas").resolve(DemoOutput.slug(sample.title())));
        SupportingFiles files = SupportingFiles.of(BerkasKind.KAK, SampleDocuments.kak(pkg, berkas))
                .with(BerkasKind.KUESIONER, SampleDocuments.kuesioner(pkg, berkas));
        RomantikClient produsen = accounts.romantik(sample);
        return new DemoCase(sample, pkg, produsen, files, now);
    }

    private static void submitBappeda(RomantikClient bappeda, RomantikClient walidata, LocalDate firstDay,
            DemoLog log) throws IOException {
        SamplePackages plan = SamplePackages.DISTAN.retitled(BAPPEDA_TITLE)
                .organizedBy("Badan Perencanaan Pembangunan Daerah Kabupaten Jember");
        MetadataPackage pkg = plan.toPackage(firstDay);
        Path folder = Files.createTempDirectory("bappeda");
        long id = bappeda.submit(pkg, SupportingFiles.of(BerkasKind.KAK, SampleDocuments.kak(pkg, folder))
                .with(BerkasKind.KUESIONER, SampleDocuments.kuesioner(pkg, folder)));
        walidata.walidata().approve(id, "Lengkap; diteruskan ke BPS.");
        log.note("Bappeda: \"" + BAPPEDA_TITLE + "\" (pengajuan " + id + ") sudah disetujui Walidata.");
    }

    private static void walidataCheck(RomantikClient walidata, DemoCase c, DemoLog log) {
        List<DuplicateCandidate> alike = walidata.walidata().duplicates(c.pengajuanId);
        if (alike.isEmpty()) {
            walidata.walidata().approve(c.pengajuanId, "Lengkap dan sesuai; tidak ada kegiatan serupa.");
            log.done(c, 3, "memenuhi: diteruskan ke Pembina Data (" + c.produsen.detail(c.pengajuanId).status() + ")");
            return;
        }
        DuplicateCandidate first = alike.get(0);
        walidata.walidata().reject(c.pengajuanId, "Kemungkinan duplikat dengan \"" + first.judul() + "\" ("
                + first.instansi() + "); koordinasikan dan perjelas cakupan kegiatan.");
        log.done(c, 3, String.format("BELUM MEMENUHI: kemungkinan duplikat dengan \"%s\" (%s, kemiripan %.2f);"
                + " kembali ke langkah 2", first.judul(), first.instansi(), first.score()));
    }

    private void pembina(SimulatedRomantik romantik, List<DemoCase> cases, DemoLog log, SimClock clock) {
        var bps = romantik.reviewer().asPembinaData();
        DemoCase dispendik = cases.get(2);
        bps.startExamination(dispendik.pengajuanId);
        bps.requestCorrection(dispendik.pengajuanId, "Definisi variabel Kondisi Ruang Kelas belum memuat kriteria"
                + " baik, rusak ringan dan rusak berat.");
        log.done(dispendik, 4, "BELUM MEMENUHI: catatan perbaikan dari Pembina Data; kembali ke langkah 2");
        dispendik.pkg = withDefinition(dispendik.pkg, "Kondisi ruang kelas menurut kriteria Kemendikbud: baik,"
                + " rusak ringan, rusak sedang atau rusak berat.");
        dispendik.produsen.revise(dispendik.pengajuanId, dispendik.pkg, dispendik.files);
        log.done(dispendik, 2, "definisi variabel diperbaiki dan dikirim lagi ("
                + dispendik.produsen.detail(dispendik.pengajuanId).status() + ")");
        clock.advance(Duration.ofHours(3));
        for (DemoCase c : cases) {
            bps.recommend(c.pengajuanId, CATATAN);
            log.done(c, 4, "LAYAK, dengan " + CATATAN.size() + " catatan rekomendasi");
            log.done(c, 5, "Surat Rekomendasi terbit, Identitas Rekomendasi " + identitas(c));
        }
    }

    private static MetadataPackage withDefinition(MetadataPackage pkg, String definition) {
        return pkg.toBuilder().variables(pkg.variables().stream()
                .map(v -> v.toBuilder().definition(definition).build()).toList()).build();
    }

    private String identitas(DemoCase c) {
        return c.produsen.detail(c.pengajuanId).nomorRekomendasi();
    }

    private void letters(DemoCase c, DemoLog log) throws IOException {
        SuratRekomendasiDownload surat = c.produsen.downloadSuratRekomendasi(c.pengajuanId,
                Files.createDirectories(out.resolve("surat-rekomendasi")));
        SuratRekomendasi letter = surat.letter();
        SuratRekomendasiInfo info = new SuratRekomendasiInfo(letter.nomorSurat(), letter.tanggal(), letter.kepada(),
                letter.judulKegiatan(), letter.tahun(), letter.identitasRekomendasi().text(), letter.hasil(),
                letter.catatan());
        GeneratedDocument komitmen = SuratKomitmenPdf.standard().write(info,
                SampleProducers.of(c.sample, letter.tanggal().plusDays(1)),
                TargetFolder.of(Files.createDirectories(out.resolve("surat-komitmen"))));
        c.documents.add(new DocumentLink("Surat Rekomendasi " + letter.identitasRekomendasi().text(),
                out.relativize(surat.download().path()).toString(), surat.download().sha256()));
        c.documents.add(new DocumentLink("Surat Komitmen", out.relativize(komitmen.path()).toString(),
                komitmen.sha256()));
        log.done(c, 6, "diunduh " + surat.download().path().getFileName() + ", Surat Komitmen disusun ("
                + komitmen.path().getFileName() + ")");
        c.produsen.uploadSuratKomitmen(c.pengajuanId, komitmen.path());
        log.done(c, 7, "Surat Komitmen diunggah: " + c.produsen.detail(c.pengajuanId).status());
        Path metadata = Files.createDirectories(out.resolve("metadata")).resolve(DemoOutput.slug(c.title()) + ".json");
        MetadataJson.write(c.pkg, metadata);
        c.documents.add(new DocumentLink("Metadata (MS-Keg, MS-Var, MS-Ind)", out.relativize(metadata).toString(),
                null));
        log.done(c, 8, "paket metadata diserahkan ke Walidata (" + out.relativize(metadata) + ")");
    }

    private static List<ItemResult> reportToIndah(Accounts accounts, List<DemoCase> cases, DemoLog log) {
        IndahClient client = accounts.indahWalidata();
        List<ReportItem> items = new ArrayList<>();
        for (DemoCase c : cases) {
            Producer producer = Producer.of(client.organizations(OrganizationQuery.producersOf("3509")
                    .withName(c.sample.organizer())).iterator().next());
            items.add(new ReportItem(producer, c.pkg.activity().year(), c.pkg));
        }
        List<ItemResult> results = MetadataReporter.builder(client).journal(accounts.journal).submit(true)
                .listener(new ReportListener() {
                    @Override
                    public void itemFinished(int done, int total, ItemResult r) {
                        DemoCase c = cases.stream().filter(k -> k.title().equals(r.title())).findFirst()
                                .orElseThrow();
                        c.msKegId = r.msKegId();
                        log.done(c, 9, "MS-Keg " + r.msKegId() + " dan " + r.childrenWritten()
                                + " MS-Var/MS-Ind dilaporkan: " + r.outcome() + ", " + r.status());
                    }
                }).build().report(items).items();
        return results;
    }

    private static void reviewAndPublish(Accounts accounts, SimulatedIndah indah, List<DemoCase> cases,
            DemoLog log) {
        IndahClient client = accounts.indahWalidata();
        var pembina = indah.asPembinaData();
        for (DemoCase c : cases) {
            List<Rec> records = new ArrayList<>();
            records.add(new Rec(MetadataKind.KEGIATAN, c.msKegId));
            client.kegiatan().variables(c.msKegId).forEach(v -> records.add(new Rec(MetadataKind.VARIABEL, v.id())));
            client.kegiatan().indicators(c.msKegId).forEach(i -> records.add(new Rec(MetadataKind.INDIKATOR, i.id())));
            for (Rec r : records) {
                client.review().startReview(r.kind(), r.id());
                client.review().approve(r.kind(), r.id());
            }
            log.done(c, 10, "diperiksa dan disetujui (di INDAH model: fungsi APPROVAL akun Walidata)");
            records.forEach(r -> pembina.publish(r.id()));
            log.done(c, 11, "dipublikasikan ("
                    + client.review().status(MetadataKind.KEGIATAN, c.msKegId).status() + "; di INDAH model oleh"
                    + " Pembina Data, diperankan simulator)");
        }
    }

    private DemoResult finish(List<DemoCase> cases, List<ItemResult> reported, Instant now, Accounts accounts)
            throws IOException {
        Path indahReport = DemoOutput.writeIndahReport(out.resolve("indah-report.json"), cases, reported,
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
        accounts.close();
        for (DemoCase c : cases) {
            c.produsen.close();
        }
        DemoResult result = DemoResult.of(out, indahReport, html);
        print.println();
        print.println("Selesai. Berkas di " + out.toAbsolutePath() + ":");
        result.files().forEach(f -> print.println("  " + out.relativize(f)));
        print.flush();
        return result;
    }

    private void nextDay(SimClock clock, DemoLog log, String what) {
        Instant now = clock.now();
        LocalDate next = calendar.plusWorkingDays(calendar.dateOf(now), 1);
        clock.set(next.atTime(9, 0).atZone(StatusReportHtml.WIB).toInstant());
        log.day(what);
    }

    private record Rec(MetadataKind kind, long id) {
    }

    /** The demo's accounts on both simulators, and their clients. */
    private static final class Accounts implements AutoCloseable {

        private final SimulatedRomantik romantik;
        private final SimClock clock;
        private final FileJournal journal;
        private final IndahClient indah;

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
            romantik.addWalidata("walidata@diskominfo.jemberkab.example", PASSWORD, "Walidata Diskominfo Jember",
                    "350903");
            return client("walidata@diskominfo.jemberkab.example");
        }

        private RomantikClient client(String email) {
            return SimulatorClients.romantik(romantik, email, PASSWORD)
                    .clock(clock.asClock(StatusReportHtml.WIB))
                    .journal(journal)
                    .build();
        }

        IndahClient indahWalidata() {
            return indah;
        }

        @Override
        public void close() {
            indah.close();
        }
    }
}
